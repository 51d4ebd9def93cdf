# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 Dillər: { $languages }
card-languages-not-yours = 🗣 Dillər: { $languages }. Burada Azərbaycan dilində danışmırlar.
emergency-number-line-languages = { $number } — { $label } (dillər: { $languages })
emergency-number-line-not-yours = { $number } — { $label } (dillər: { $languages }; Azərbaycan dilində yox)
