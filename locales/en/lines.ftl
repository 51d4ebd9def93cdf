# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 Languages: { $languages }
card-languages-not-yours = 🗣 Languages: { $languages }. This line does not speak English.
emergency-number-line-languages = { $number } — { $label } (languages: { $languages })
emergency-number-line-not-yours = { $number } — { $label } (languages: { $languages }; not in English)
