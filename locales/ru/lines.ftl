# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 Языки: { $languages }
card-languages-not-yours = 🗣 Языки: { $languages }. По-русски здесь не говорят.
emergency-number-line-languages = { $number } — { $label } (языки: { $languages })
emergency-number-line-not-yours = { $number } — { $label } (языки: { $languages }; не по-русски)
