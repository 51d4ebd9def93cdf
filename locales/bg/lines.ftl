# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 Езици: { $languages }
card-languages-not-yours = 🗣 Езици: { $languages }. На български тук не се говори.
emergency-number-line-languages = { $number } — { $label } (езици: { $languages })
emergency-number-line-not-yours = { $number } — { $label } (езици: { $languages }; не на български)
