# Gza — which languages a phone line speaks (from the directory), and plainly when
# not the reader's own language. Same ids in every locale.
card-languages = 🗣 Լեզուներ՝ { $languages }
card-languages-not-yours = 🗣 Լեզուներ՝ { $languages }։ Այստեղ հայերեն չեն խոսում։
emergency-number-line-languages = { $number } — { $label } (լեզուներ՝ { $languages })
emergency-number-line-not-yours = { $number } — { $label } (լեզուներ՝ { $languages }; ոչ հայերեն)
