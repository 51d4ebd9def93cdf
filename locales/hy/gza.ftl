# Gza — հայերեն (Armenian, Eastern). Այս ֆայլի յուրաքանչյուր id պետք է լինի բոլոր լոկալներում (դա ստուգում է tests/test_locales.py-ը)։

## Լեզուների անվանումներ՝ յուրաքանչյուրը իր լեզվով, բոլոր լոկալներում նույնը։
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## Սկիզբ
start-choose-language = Բարև ձեզ։ Ո՞ր լեզուն եք ուզում օգտագործել։
start-privacy-note =
    Ձեր անունը տալ պետք չէ։ Մենք պահում ենք միայն կոճակներով ընտրած ձեր պատասխանները՝ ծածկագրի ներքո, և երբեք չենք պահում, թե ով եք։ Դրանք ջնջում ենք ձեր վերջին հաղորդագրությունից { $days ->
        [one] { $days } օր
       *[other] { $days } օր
    } անց։ Այն, ինչ գրում եք թիմին, կարդում է թիմը։ /exit հրամանը ձեր հեռախոսից ջնջում է այս զրույցի վերջին 48 ժամվա հաղորդագրությունները (Telegram-ը ավելին թույլ չի տալիս), իսկ /forget հրամանը ջնջում է այն ամենը, ինչ պահում ենք։
    Telegram-ը կարող է տեսնել բոտերի հետ զրույցները (դրանք ծայրից ծայր գաղտնագրված չեն), ուստի խնդրում ենք չգրել անուններ, հասցեներ կամ այնպիսի բաներ, որոնք չէիք ուզենա, որ ուրիշը կարդա։
start-privacy-ok = Լավ, շարունակել
start-ask-danger = Հիմա վտանգի մե՞ջ եք։
start-danger-yes = Այո, ես վտանգի մեջ եմ
start-danger-no = Ոչ, հիմա՝ ոչ
start-emergency =
    Եթե կարող եք, զանգահարեք հիմա՝
    { $emergency_numbers }
    Հենց հիմա սա որևէ մեկի հետ կապվելու ամենաարագ ճանապարհն է։

## Շտապ համարներ (համարներն իրենք գալիս են կարգավորումներից)
emergency-number-line = { $number } — { $label }
emergency-kind-general = շտապ ծառայություններ (ոստիկանություն, շտապօգնություն, հրշեջներ)
emergency-kind-violence-hotline = շուրջօրյա թեժ գիծ բռնություն վերապրած մարդկանց համար
emergency-kind-violence-helpline = թեժ գիծ բռնություն վերապրած մարդկանց համար
emergency-kind-other = օգնության գիծ

## Գլխավոր ընտրացանկ
menu-title = Ինչո՞վ կարող ենք օգնել։ Ընտրեք մեկը։
menu-find-services = Գտնել ծառայություններ
menu-talk-to-person = Խոսել մարդու հետ
menu-know-rights = Ձեր իրավունքները
menu-language = Լեզու

## Ընդհանուր կոճակներ և տողեր
common-back = ‹ Հետ
common-exit = Ելք
common-to-menu = Գլխավոր ընտրացանկ
common-exit-done = Ցտեսություն։ Ցանկացած պահի ուղարկեք /start՝ նորից սկսելու համար։
common-done = Պատրաստ ›
common-skip = Բաց թողնել

## Խոսել մարդու հետ (փոխանցում թիմին)
handoff-waiting = Մենք տեղեկացրել ենք թիմին․ մեր թիմից մեկը ձեզ այստեղ կգրի, հենց որ կարողանա։ Դուք արդեն կարող եք գրել ձեր հաղորդագրությունը։
handoff-closed-until =
    Թիմը հիմա հասանելի չէ։ Կրկին այստեղ կլինենք՝ { $when }։ Կարող եք ձեր հաղորդագրությունը թողնել այստեղ, և թիմը այն կտեսնի։
    Եթե վտանգի մեջ եք՝
    { $emergency_numbers }
handoff-unavailable =
    Այստեղ մարդու հետ խոսելը դեռ հնարավոր չէ։ Եթե օգնության կարիք ունեք հիմա՝
    { $emergency_numbers }
handoff-already-open = Դուք արդեն կապի մեջ եք թիմի հետ․ պարզապես գրեք այստեղ։
handoff-ended = Թիմի հետ զրույցն ավարտվել է։ Կարող եք ցանկացած պահի նորից գրել այստեղ։
handoff-unavailable-now = Այս զրույցն այլևս հասանելի չէ։
handoff-media-not-shown = (ֆայլ, որը հնարավոր չէ ցույց տալ այստեղ)
handoff-not-forgotten = Ձեզ չեն մոռացել․ թիմը ստացել է ձեր հաղորդագրությունը, և ձեզ կգրեն հնարավորինս շուտ։
handoff-staff-edited = Ուղղված հաղորդագրություն ({ $alias })՝ { $text }

## Աշխատակիցների կողմ (աշխատակիցների խումբ)
staff-card =
    Դիմում { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· ՇՏԱՊ
       *[no] {""}
    }
    Մուտքի կետ՝ { $entry }
    Կարիքներ՝ { $needs }
    Սպասում է { $since }-ից
    { $lock_screen }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· ՇՏԱՊ
       *[no] {""}
    }
staff-take = Վերցնել
staff-transfer = Փոխանցել
staff-close = Փակել
staff-taken-by = Դիմումը վերցրեց՝ { $alias }։ Այն, ինչ հիմա գրում եք այստեղ, հասնում է մարդուն՝ «{ $alias }» ստորագրությամբ։ // նշանով սկսվող տողերը մնում են ներքին։
staff-already-taken = Այս դիմումն արդեն վարում է՝ { $alias }։
staff-not-staff = Դա կարող են անել միայն աշխատակիցների ցուցակում ընդգրկված աշխատակիցները։
staff-not-your-bureau = Այս դիմումը պատկանում է այլ գրասենյակի։
staff-take-first = Նախ վերցրեք դիմումը․ մինչ այդ մարդուն ոչինչ չի ուղարկվում։
staff-closed = Դիմումը փակվեց ({ $outcome })։ Փակեց՝ { $alias }։
staff-close-how = Փակեք արդյունքով՝ /close referred, /close info, /close no_response, /close emergency կամ /close other։
staff-person-left = Մարդն ավարտեց զրույցը։
staff-person-edited = Մարդը խմբագրեց հաղորդագրությունը․ նոր տարբերակը ստորև է։
staff-person-back = Մարդը նորից գրեց․ դիմումը կրկին բաց է։
staff-shift-on = { $alias }-ը հերթապահում է։ { $bureau } գրասենյակի նոր դիմումները կսպասեն ձեզ այստեղ։
staff-shift-off = { $alias }-ն այլևս հերթապահ չէ։
staff-shift-how = Օգտագործեք /shift on կամ /shift off։
staff-cases-none = { $bureau } գրասենյակում բաց դիմումներ չկան։
staff-cases-line = { $code } · { $status } · { $minutes } րոպե{ $urgent ->
        [yes] {" "}· ՇՏԱՊ
       *[no] {""}
    }
staff-transfer-how = Փոխանցեք գրասենյակին կամ գործընկերոջը՝ /transfer { $choices }
staff-transferred = Դիմումը փոխանցվեց՝ { $target }։ Փոխանցեց՝ { $alias }։
staff-escalation = Դիմում { $code }՝ սպասում է արդեն { $minutes } րոպե{ $urgent ->
        [yes] {" "}(ՇՏԱՊ)
       *[no] {""}
    }։ Հերթապահ վերահսկողներ՝ { $supervisors }։

## Ամեն ինչի ջնջում (/forget)
forget-ask-confirm = Ջնջե՞լ այն ամենը, ինչ պահում ենք ձեր մասին։ Սա հնարավոր չի լինի հետ շրջել։ Այս զրույցը նույնպես կհեռացվի ձեր հեռախոսից, որքան որ Telegram-ը թույլ է տալիս։
forget-yes = Այո, ջնջել ամեն ինչ
forget-no = Ոչ, թողնել
forget-done = Ամեն ինչ ջնջված է։ Ուղարկեք /start, եթե երբևէ ուզենաք նորից սկսել։

## Բոտի պրոֆիլ և հրամանների ընտրացանկ (Telegram-ը դրանք ցույց է տալիս զրույցից դուրս)
bot-short-description = Գաղտնի օգնություն՝ բարյացակամ ծառայությունների որոնում և զրույց մարդու հետ։
bot-description = Gza-ն օգնում է գտնել անվճար, բարյացակամ ծառայություններ և խոսել մարդու հետ՝ ձեր լեզվով։ Անուն տալ պետք չէ։
bot-short-description-neutral = Տեղեկություններ և առօրյա խորհուրդներ։
bot-description-neutral = Կարճ պատասխաններ և օգտակար տեղեկություններ։
command-start = Սկսել նորից
command-menu = Գլխավոր ընտրացանկ
command-exit = Դուրս գալ և մաքրել զրույցը
command-forget = Ջնջել իմ մասին պահված ամեն ինչ

## Երբ ինչ-որ բան չի համապատասխանում
error-unexpected-input =
    Ներողություն, ես հասկանում եմ միայն կոճակները, ուստի ձեր գրածը ոչ ոք չի կարդացել։ Խնդրում եմ, ընտրեք ներքևում։
    Եթե վտանգի մեջ եք՝ { $emergency_number }
error-stale-button = Այդ կոճակն այլևս ակտիվ չէ։ Ահա թե որտեղ ենք հիմա։
error-processing-failed = Ներողություն, մեր կողմից ինչ-որ բան սխալ գնաց։ Խնդրում ենք ուղարկել /start՝ շարունակելու համար։
error-slow-down = Խնդրում ենք մի պահ սպասել, նախքան նորից գրելը։ Զրույցում ձեր տեղը պահպանված է։

## Վեբ-զրույցի էջ
web-title = Gza
web-input-placeholder = Գրեք հաղորդագրություն
web-send = Ուղարկել
web-connecting = Միացում…
web-offline = Կապը կորավ։ Նորից փորձում ենք…
web-exit-note = Զրույցը ջնջվեց այս էջից։

## Վայրեր (տեղեկատուի քաղաքները, places.yaml)

## Հարցեր․ ցանկացած հարց կարելի է բաց թողնել
screen-ask-city =
    Որտե՞ղ եք գտնվում, կամ որտեղ կցանկանայիք օգնություն ստանալ։
    Կարող եք նաև ուղարկել ձեր գտնվելու վայրը (📎 → Տեղադրություն / Location)․ այն օգտագործում ենք միայն մոտակա քաղաքը գտնելու համար։
screen-ask-needs = Ինչի՞ հարցում ունեք օգնության կարիք։ Ընտրեք այնքան, որքան ուզում եք, հետո սեղմեք «Պատրաստ» (կամ «Բաց թողնել»)։
need-legal = Իրավաբանական օգնություն
need-medical = Բժշկական օգնություն
need-testing = ՄԻԱՎ-ի, հեպատիտի, սեռական վարակների թեստ
need-harm-reduction = Վնասի նվազեցում, փոխարինող թերապիա
need-mental-health = Հոգեբանական աջակցություն
need-shelter = Ապահով կացարան
need-violence-support = Աջակցություն բռնությունից հետո
need-documents-police = Փաստաթղթեր, ոստիկանություն
need-work-money = Աշխատանք և գումար
screen-ask-work = Աշխատանք և գումար․ ի՞նչը կօգնի։ Ընտրեք այնքան, որքան ուզում եք, հետո սեղմեք «Պատրաստ» (կամ «Բաց թողնել»)։
need-work-any = Ամեն ինչ աշխատանքի և գումարի մասին
need-work-jobs = Աշխատանք կամ վերապատրաստում
need-work-finance = Ֆինանսներ, խնայողություն, վարկ
need-work-childcare = Երեխաների խնամք
need-work-housing = Բնակարան
need-work-business = Բիզնես սկսել
need-work-mentoring = Մենթոր
need-lgbtqi-care = Օգնություն ԼԳԲՏՔԻ+ և տրանս մարդկանց
need-other = Այլ բան
screen-ask-about =
    Եթե ցանկանում եք, պատմեք մեզ ձեր մասին, որպեսզի գտնենք ծառայություններ, որոնք հայտնի են ձեզ նման մարդկանց նկատմամբ հարգալից վերաբերմունքով։ Ընտրեք բոլոր համապատասխանները, հետո սեղմեք «Պատրաստ» (կամ «Բաց թողնել»)։ Սա մնում է անանուն։
group-women-who-use-drugs = Թմրանյութ օգտագործող կին
group-sex-workers = Սեքս-աշխատող
group-violence-survivors = Բռնություն վերապրած մարդ
group-lgbtqi = ԼԳԲՏՔԻ+ մարդ
group-displaced = Տեղահանված կամ հակամարտությունից տուժած
screen-prefer-not = Նախընտրում եմ չասել
screen-ask-language = Ո՞ր լեզվով կցանկանայիք, որ ծառայությունում ձեզ հետ խոսեն։
screen-language-mine = Այս զրույցի լեզուն
screen-language-any = Ցանկացած լեզու
screen-ask-prefs = Ուրիշ ինչ-որ բան կարևո՞ր է ձեզ համար։ Ընտրեք ցանկացածը, հետո սեղմեք «Պատրաստ» (կամ «Բաց թողնել»)։
pref-free = Միայն անվճար
pref-anonymous = Առանց անունս տալու

## Արդյունքներ
results-next = Ի՞նչ կցանկանայիք անել հետո։
results-more = Ցույց տալ ավելին
results-talk = Խոսել մարդու հետ այս մասին
results-refine = Ճշգրտել որոնումը
results-follow-up = Ավելի ուշ հարցրեք, թե ինչպես անցավ
results-found = { $count ->
        [one] Ձեր ասածին համապատասխանում է այս ծառայությունը՝
       *[other] Ձեր ասածին համապատասխանում են այս ծառայությունները՝
    }
results-widened-nearby = Ձեր ընտրած քաղաքում համապատասխան ոչինչ չկա, ուստի ահա թե ինչ կա մոտակա քաղաքներում՝
results-widened-filters = Ձեր բոլոր ընտրություններին համապատասխանող ոչինչ չկա, ուստի ահա թե ինչն է համապատասխանում ավելի քիչ պայմաններով՝
results-widened-both = Այստեղ ձեր բոլոր ընտրություններին համապատասխանող ոչինչ չկա, ուստի ահա թե ինչն է դրանց ամենամոտը մոտակա քաղաքներում՝
results-none =
    Ցավոք, տեղեկատուում դեռ համապատասխան ոչինչ չկա։ Մեր թիմից մեկը կարող է օգնել ձեզ ինչ-որ բան գտնել․ սեղմեք «Խոսել մարդու հետ այս մասին»։
results-no-more = Համապատասխանողներն այսքանն են։ Մեր թիմից մեկը կարող է օգնել ձեզ շարունակել որոնումը։

## Մեկ ծառայություն՝ քարտի տեսքով
card-title = { $number }. { $name } — { $organization }
card-example = (օրինակ գրառում․ իրական ծառայություն չէ)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 Հասցեն տրվում է հեռախոսով։
card-remote = 📞 Հեռախոսով կամ առցանց՝ ցանկացած վայրից։
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 Աշխատանքային ժամերը ճշտեք հեռախոսով։
card-stale = ⚠ Այս տեղեկությունը չի ստուգվել ավելի քան մեկ տարի․ խնդրում ենք զանգահարել, նախքան գնալը։
card-open-now = հիմա բաց է
card-closed-now = հիմա փակ է
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] իրավաբանական օգնություն
        [medical] բժշկական օգնություն
        [testing] թեստավորում
        [harm_reduction] վնասի նվազեցում
        [mental_health] հոգեկան առողջություն
        [shelter] կացարան
        [violence_support] աջակցություն բռնությունից հետո
        [documents_police] փաստաթղթեր և ոստիկանություն
        [work_money] աշխատանք և գումար
        [work_jobs] աշխատանք և վերապատրաստում
        [work_finance] ֆինանսական գրագիտություն և վարկ
        [work_childcare] երեխաների խնամք
        [work_housing] բնակարան
        [work_business] բիզնես սկսել
        [work_mentoring] մենթորություն
        [lgbtqi_care] օգնություն ԼԳԲՏՔԻ+ և տրանս մարդկանց
       *[other] օգնություն
    }
reason-city = { $city } քաղաքում
reason-near = { $km } կմ հեռավորության վրա
reason-remote = հեռախոսով կամ առցանց
reason-language = { $language ->
        [ka] խոսում են վրացերեն
        [ru] խոսում են ռուսերեն
        [en] խոսում են անգլերեն
        [az] խոսում են ադրբեջաներեն
        [hy] խոսում են հայերեն
        [uk] խոսում են ուկրաիներեն
        [bg] խոսում են բուլղարերեն
       *[other] խոսում են ձեր լեզվով
    }
reason-free = անվճար
reason-anonymous = անուն պետք չէ
reason-friendly-to = { $group ->
        [women_who_use_drugs] բարյացակամ է թմրանյութ օգտագործող կանանց նկատմամբ
        [sex_workers] բարյացակամ է սեքս-աշխատողների նկատմամբ
        [violence_survivors] փորձ ունի բռնություն վերապրած մարդկանց հետ աշխատելու
        [lgbtqi] բարյացակամ է ԼԳԲՏՔԻ+ մարդկանց նկատմամբ
        [displaced] փորձ ունի տեղահանվածների և հակամարտությունից տուժածների հետ
       *[other] բարյացակամ է ձեզ նման մարդկանց նկատմամբ
    }
reason-open-now = հիմա բաց է
reason-reported-friendly = մարդիկ ասում են, որ իրենց հետ հարգանքով են վերաբերվել
reason-verified = ստուգված է՝ { $date }

## Հետագա հարց՝ միայն ձեր համաձայնությամբ
followup-consent =
    Կարո՞ղ ենք { $followup_days ->
        [one] { $followup_days } օր
       *[other] { $followup_days } օր
    } անց ձեզ ուղարկել մեկ կարճ հաղորդագրություն՝ հարցնելու, թե ինչպես անցավ։ Մինչև չպատասխանեք, այնտեղ գրված կլինի միայն «Բարև ձեզ, գրում է Gza-ն»։ Եթե մինչ այդ օգտագործեք /exit կամ /forget, մենք չենք գրի։
followup-consent-yes = Այո, մեկ հաղորդագրություն
followup-consent-no = Ոչ, շնորհակալություն
followup-agreed = Շնորհակալություն։ Կգրենք մեկ անգամ և այլևս երբեք, եթե դուք ինքներդ չխնդրեք։
followup-web-unavailable = Վեբ-զրույցը չի կարող ավելի ուշ կապվել ձեզ հետ, ուստի այստեղ կրկնակի հաղորդագրություն չենք ուղարկի։ Կարող եք վերադառնալ ցանկացած պահի։
followup-nothing = Դեռ հարցնելու բան չկա․ նախ փնտրեք ծառայություններ, հետո կկարողանանք հարցնել, թե ինչպես անցավ։
followup-hello = Բարև ձեզ, գրում է Gza-ն։ Կարո՞ղ ենք ձեզ մի կարճ հարց տալ։
followup-hello-yes = Այո
followup-hello-no = Հիմա՝ ոչ
followup-which =
    Մի քանի օր առաջ դուք այստեղ նայել եք այս ծառայությունները։ Դրանցից ո՞ր մեկի հետ եք կապվել։
    { $followup_services }
followup-pick-1 = Առաջինի հետ
followup-pick-2 = Երկրորդի հետ
followup-pick-3 = Երրորդի հետ
followup-pick-none = Ոչ մեկի հետ
followup-respect = Այնտեղ ձեզ հետ հարգանքո՞վ են վերաբերվել։
followup-respect-yes = Այո
followup-respect-no = Ոչ
followup-thanks = Շնորհակալություն։ Ձեր պատասխանն օգնում է ուրիշներին գտնել ծառայություններ, որտեղ մարդկանց հետ լավ են վերաբերվում։
followup-sorry =
    Շատ ենք ցավում, որ այդպես է պատահել։ Մենք կտեղեկացնենք ծառայությունները ստուգող մարդկանց՝ առանց ասելու, թե ով եք դուք։ Կցանկանայի՞ք խոսել մարդու հետ։

## Կուրատորներ՝ տեղեկատուն արդիական պահել՝ բոտի հետ անձնական զրույցում

curator-only = Սա միայն տեղեկատուի կուրատորների համար է։
curator-help =
    Տեղեկատուի վարում։
    Ծառայություն գտնելու համար ուղարկեք դրա անվան մի մասը՝ ցանկացած լեզվով, կամ դրա id-ն։
    /queue՝ անհարգալից վերաբերմունքի մասին բողոքներ և գրառումներ, որոնք չեն ստուգվել { $days } և ավելի օր։
    /cancel՝ դադարեցնել խմբագրումը։
    /console՝ միանգամյա հղում դեպի տեղեկատուն դիտարկիչում։
curator-button-queue = Հերթ
curator-found = Գտնվեց՝ { $count }, ցուցադրված է՝ { $shown }։ Ընտրեք մեկը կամ ավելացրեք բառ՝ որոնումը ճշգրտելու համար։
curator-found-none = «{ $query }» հարցմամբ ոչինչ չգտնվեց։ Փորձեք անվան մի մասը՝ ցանկացած լեզվով, կամ id-ն։
curator-card =
    { $name } — { $organization }
    id: { $id }
    Կարգավիճակ՝ { $status }
    Ստուգված է՝ { $verified } ({ $days ->
        [0] այսօր
        [one] { $days } օր առաջ
       *[other] { $days } օր առաջ
    })
    Հեռախոսներ՝ { $phones }
    Աշխատանքային ժամեր՝ { $hours }
    Լեզուներ՝ { $languages }
    Կարիքներ՝ { $needs }
    Անհարգալից վերաբերմունքի մասին բաց բողոքներ՝ { $reports }
curator-status-active = ակտիվ
curator-status-temporarily-closed = ժամանակավորապես փակ է
curator-status-inactive = ոչ ակտիվ
curator-status-defunct = ընդմիշտ փակված է
curator-button-verify = ✓ Ստուգված է այսօր
curator-button-close = Փակել ժամանակավորապես
curator-button-reopen = Վերաբացել
curator-button-phone = ☎ Հեռախոս
curator-button-hours = 🕒 Ժամեր
curator-button-languages = 🗣 Լեզուներ
curator-button-seen = Բողոքները դիտարկված են
curator-button-save = Պահպանել
curator-button-cancel = Չեղարկել
curator-ask-phone = Ուղարկեք { $name }-ի նոր հեռախոսահամարը, օրինակ՝ +995 32 200 00 00։ Հիմա՝ { $current }։ /cancel՝ թողնել նույնը։
curator-bad-phone = «{ $value }» հեռախոսահամար չէ․ օգտագործեք թվանշաններ, բացատներ և + ( ) -, օրինակ՝ +995 32 200 00 00։ Փորձեք նորից կամ ուղարկեք /cancel։
curator-ask-hours = Ուղարկեք { $name }-ի աշխատանքային ժամերը, օրինակ՝ երկ-ուրբ 10:00-18:00; շբթ 10:00-14:00։ Կամ 24/7, կամ «նախնական գրանցմամբ»։ Հիմա՝ { $current }։ /cancel՝ թողնել նույնը։
curator-bad-hours = Այս ժամերը հնարավոր չեղավ կարդալ ({ $reason })։ Գրեք այսպես՝ երկ-ուրբ 10:00-18:00; շբթ 10:00-14:00։ Փորձեք նորից կամ ուղարկեք /cancel։
curator-ask-languages = Ո՞ր լեզուներով են խոսում { $name }-ում։ Նշեք դրանք, հետո սեղմեք «Պահպանել»։
curator-no-languages = Ծառայությունը պետք է ունենա առնվազն մեկ լեզու․ ոչինչ չի փոխվել։
curator-saved = Պահպանված է։ { $field }՝ { $old } → { $new }
curator-nothing-changed = Ոչինչ չի փոխվել։
curator-cancelled = Խմբագրումը չեղարկվեց․ ոչինչ չի փոխվել։
curator-gone = Այդ ծառայությունն այլևս տեղեկատուում չէ։
curator-reports-seen = Բողոքները նշվեցին որպես դիտարկված։
curator-queue-reports = Անհարգալից վերաբերմունքի մասին բողոքներով ծառայություններ՝ { $count }
curator-queue-report-line = • { $name }՝ { $count } (վերջինը՝ { $day })
curator-queue-stale = Չեն ստուգվել { $days } և ավելի օր՝ { $count }
curator-queue-stale-line = • { $name }՝ ստուգված է { $verified }
curator-queue-empty = Սպասող ոչինչ չկա․ բաց բողոքներ չկան, և բոլոր գրառումները ստուգվել են վերջին { $days } օրվա ընթացքում։
curator-digest-title = Տեղեկատուի շաբաթական ստուգում։
curator-field-phones = Հեռախոս
curator-field-hours = Աշխատանքային ժամեր
curator-field-languages = Լեզուներ
curator-field-status = Կարգավիճակ
curator-field-assured-date = Ստուգված է
curator-field-name = Անվանում
curator-field-description = Նկարագրություն
curator-field-organization-id = Կազմակերպություն
curator-field-needs = Կարիքներ
curator-field-friendly-to = Ում նկատմամբ է բարյացակամ
curator-field-free = Անվճար
curator-field-anonymous = Անանուն
curator-field-fees-description = Վճարներ
curator-field-accessibility = Հասանելիություն
curator-field-location-ids = Հասցեներ
curator-field-url = Կայք
curator-field-service = Ծառայություն
