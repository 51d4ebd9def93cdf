## Web chat page: quick exit, the page menu, location, result cards
# The page's own words; the title and header never say what the page is for.

web-title-neutral = Նշումներ
web-exit-hint = Անմիջապես անցնում է այլ կայք։ Կարող եք նաև երկու անգամ սեղմել Esc։
web-menu = Ընտրացանկ
web-forget = Ջնջել իմ տվյալները
web-location = 📍 Օգտագործել իմ գտնվելու վայրը
web-location-failed = Չհաջողվեց որոշել ձեր գտնվելու վայրը։ Խնդրում ենք ընտրել վայր ցանկից։
web-input-label = Ձեր հաղորդագրությունը
web-map = Քարտեզ
web-call = Զանգահարել
web-start-again = Սկսել նորից
