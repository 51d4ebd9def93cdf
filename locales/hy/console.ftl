# Աշխատակիցների վահանակը զննարկիչում, և ինչ է բոտն ասում դրա մասին աշխատակիցների խմբում։
staff-console-link = Ձեր միանգամյա հղումը Gza-ի վահանակ (գործում է մեկ անգամ և մի քանի րոպե, մի՛ փոխանցեք այն)՝ { $link }
staff-console-sent = Մուտքի հղումն ուղարկեցի ինձ հետ ձեր անձնական զրույցում։ Եթե ոչինչ չի եկել, բացեք զրույցն ինձ հետ, սեղմեք «Սկսել» և նորից խնդրեք։
staff-reply-mirrored = { $alias }-ը վահանակից գրեց մարդուն՝ { $text }
staff-note-mirrored = // Նշում՝ { $alias }-ից․ { $text }
console-title = Gza-ի վահանակ
console-skip-to-content = Անցնել բովանդակությանը
console-nav = Վահանակ
console-queue-link = Հերթ
console-signed-in-as = Մուտք եք գործել որպես { $alias }
console-sign-out = Ելք
console-problem = Մեր կողմից ինչ-որ բան սխալ ընթացավ։ Ոչինչ չի կորել, փորձեք նորից։
console-sign-in-title = Մուտք վահանակ
console-sign-in-explain = Այս հղումով կարող եք մուտք գործել մեկ անգամ։ Շարունակելու համար սեղմեք կոճակը։
console-sign-in = Մուտք գործել
console-sign-in-needed = Մուտք գործելու համար աշխատակիցների խմբում բոտին գրեք /console, և այն ձեզ միանգամյա հղում կուղարկի։
console-signed-out = Դուք դուրս եկաք
console-home-coming = Մուտք եք գործել։ Ձեր դերի էջերը շուտով կլինեն, մինչ այդ շարունակեք աշխատել Տելեգրամում։
console-queue-title = { $bureau } բյուրոյի դիմումները
console-shift-state = { $on ->
        [yes] Դուք հերթափոխում եք։
       *[no] Դուք հերթափոխում չեք։
    }
console-shift-start = Սկսել իմ հերթափոխը
console-shift-end = Ավարտել իմ հերթափոխը
console-queue-caption = Նախ սպասող դիմումները՝ ամենահրատապներն ու ամենաերկար սպասողները վերևում, հետո ձերը և ձեր գործընկերներինը։
console-col-case = Դիմում
console-col-status = Կարգավիճակ
console-col-city = Քաղաք
console-col-language = Լեզու
console-col-needs = Կարիքներ
console-col-waiting = Սպասում
console-status = { $status ->
        [waiting] սպասում է
        [closed] փակված է
       *[taken] վերցված է
    }
console-urgent = հրատապ
console-taken-by = վերցրել է { $alias }-ը
console-minutes = { $minutes ->
        [one] { $minutes } րոպե
       *[other] { $minutes } րոպե
    }
console-queue-empty = Այս պահին բաց դիմումներ չկան։
console-case-title = Դիմում { $code }
console-actions = Ինչ անել այս դիմումի հետ
console-reply-label = Պատասխան մարդուն (ձեր կեղծանվան ստորագրությամբ, Ctrl+Enter-ն ուղարկում է)
console-send = Ուղարկել
console-note-label = Ներքին նշում (մարդուն երբեք չի ուղարկվում)
console-add-note = Ավելացնել նշում
console-transfer-to = Փոխանցել բյուրոյին կամ գործընկերոջը
console-outcome = Արդյունք
console-block = Արգելափակել այս մարդուն
console-unblock = Հանել արգելափակումը
console-blocked = արգելափակված է
console-also-viewing = Այս դիմումը դիտում են նաև՝ { $aliases }
console-conversation = Զրույց
console-from-person = Մարդը
console-from-note = Նշում՝ { $alias }-ից
console-line-gone = (ջնջված է)
console-thread-empty = Դեռ ոչինչ չի գրվել։
console-not-allowed = Ձեր դերը չի բացում այս էջը։
console-stale-form = Այս ձևն հնացել է։ Վերադարձեք, թարմացրեք էջը և փորձեք նորից։
console-too-many = Այստեղից չափազանց շատ մուտքի փորձեր են եղել։ Սպասեք մեկ րոպե և փորձեք նորից։
console-link-used = Մուտքի այս հղումն արդեն օգտագործվել է կամ ժամկետն անցել է։ Նորը խնդրեք բոտից՝ /console հրամանով։
console-not-your-case = Այս դիմումը ձեր բյուրոյինը չէ կամ այլևս գոյություն չունի։
console-done-take = Դուք վերցրիք դիմումը։ Այն, ինչ հիմա գրեք, կհասնի մարդուն։
console-done-reply = Ուղարկվեց մարդուն։
console-done-note = Նշումն ավելացվեց։
console-done-close = Դիմումը փակվեց։
console-done-transfer = Դիմումը փոխանցվեց։
console-done-block = Արգելափակված է․ այս մարդուց աշխատակիցներին այլևս ոչինչ չի հասնի։
console-done-unblock = Արգելափակումը հանվեց։
console-done-shift-on = Ձեր հերթափոխը սկսվեց։
console-done-shift-off = Ձեր հերթափոխն ավարտվեց։
console-refused-taken = Այս դիմումն ուրիշն ավելի շուտ վերցրեց։
console-refused-empty = Ուղարկելու բան չկար։
console-refused-take-first = Նախ վերցրեք դիմումը, մինչ այդ մարդուն ոչինչ չի ուղարկվում։
console-refused-close = Այս դիմումն արդեն փակված է, կամ արդյունքը ցանկից չէ։
console-refused-transfer = Սա ոչ բյուրո է, ոչ գործընկեր, կամ դիմումը փակված է։

# Վերահսկողի էջը՝ բյուրոյի թվերը, երբեք՝ մարդը։
console-bureau-link = Բյուրոյի թվերը
console-bureau-title = Բյուրո { $bureau }՝ թվեր
console-bureau-pick = Բյուրո
console-bureau-show = Ցույց տալ
console-bureau-waiting-now = Հիմա սպասում են
console-bureau-on-shift = Հերթափոխում գտնվող աշխատակիցներ
console-bureau-caption = Այսօր և այս ամիս (բյուրոյի տեղական ժամանակով)
console-bureau-today = Այսօր
console-bureau-month = Այս ամիս
console-bureau-opened = Բացված դիմումներ
console-bureau-taken = Վերցված դիմումներ
console-bureau-take-p50 = Մինչև վերցնելը ժամանակը, մեդիան (p50)
console-bureau-take-p90 = Մինչև վերցնելը ժամանակը, 10-ից 9-ը այս ընթացքում (p90)
console-bureau-escalations = Էսկալացիաներ (ոչ ոք ժամանակին չվերցրեց դիմումը)
console-bureau-closed-as = Փակված՝ { $outcome }
console-bureau-none = դեռ չկա
console-bureau-explain = Միայն քանակներ և ժամանակներ. այստեղ ոչինչ չի բացահայտում մարդուն։ Մինչև վերցնելը ժամանակը հաշվվում է հարցումից մինչև առաջին վերցնելը։
