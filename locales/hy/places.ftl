# The place question (its places and their names come from the directory) and its widening.
places-whole = { $place }՝ ամենուր
places-more = Այլ վայրեր ▸
results-widened-area = Հենց ձեր ընտրած վայրում համապատասխան ոչինչ չկա, ուստի ահա թե ինչ կա ավելի լայն տարածքում ({ $place })՝
