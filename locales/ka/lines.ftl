# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 ენები: { $languages }
card-languages-not-yours = 🗣 ენები: { $languages }. ქართულად აქ არ საუბრობენ.
emergency-number-line-languages = { $number } — { $label } (ენები: { $languages })
emergency-number-line-not-yours = { $number } — { $label } (ენები: { $languages }; ქართულად არა)
