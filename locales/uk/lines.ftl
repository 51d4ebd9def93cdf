# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 Мови: { $languages }
card-languages-not-yours = 🗣 Мови: { $languages }. Українською тут не розмовляють.
emergency-number-line-languages = { $number } — { $label } (мови: { $languages })
emergency-number-line-not-yours = { $number } — { $label } (мови: { $languages }; не українською)
