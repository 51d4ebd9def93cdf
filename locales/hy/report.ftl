# Ամսական հաշվետվություն ղեկավարների համար (`gza report`)՝ թվեր, որոնցում ոչ ոքի հնարավոր չէ ճանաչել։
report-lang = hy
report-title = Gza՝ ամսվա թվեր, { $month }
report-method = Յուրաքանչյուր թիվ ցույց է տալիս, թե քանի տարբեր մարդ է ամսվա ընթացքում տվել այդ պատասխանը բոտի հարցերին։ Այս թվերում չկան ոչ անուններ, ոչ զրույցներ, ոչ հաղորդագրություններ. դրանք հաշվված են ծածկագրով պահվող պատասխաններից, իսկ պատասխաններն իրենք ջնջվում են ժամանակացույցով։
report-hidden-rule = { $hidden } նշանակում է թաքցված։ Թիվը ցուցադրվում է միայն այն դեպքում, երբ այն հաշվում է առնվազն { $k } մարդու (զրոն նույնպես թաքցվում է), և դրա հետ թաքցվում են ևս մի քանի թվեր, որպեսզի թաքցված թիվը հնարավոր չլինի հաշվել տողերից, սյունակներից և գումարներից։
report-several-answers = Մեկ մարդը կարող է տալ մի քանի պատասխան (օրինակ՝ մի քանի կարիք). այդպիսի աղյուսակներում գումարները հաշվում են պատասխանները, ոչ թե մարդկանց։
report-unanswered = Առանց պատասխանի
report-total = Ընդամենը
report-people = Մարդիկ
report-dimension-city = Վայր
report-dimension-needs = Կարիքներ
report-dimension-groups = Մարդու մասին
report-dimension-service-language = Ծառայության լեզուն
report-dimension-prefs = Նախընտրություններ
report-method-cases = Դիմումները հաշվվում են այն ամսում, երբ բացվել, վերցվել կամ փակվել են, իսկ ժամանակը ցույց է տրվում միայն միջակայքերով։ Այն մարդիկ, ովքեր ասել են, որ իրենց պատասխանները չհաշվվեն, այս թվերում չկան։
report-no-bureau = Առանց բյուրոյի (վայրը նշված չէ)
report-bureau-title = Gza՝ { $bureau }, ամսական թվեր, { $month }
report-bureau-note = Այս հաշվետվությունը բոլոր բյուրոների հաշվետվության մի մասն է՝ կտրված նույն աղյուսակներից. դրանց համեմատությունը ոչինչ ցույց չի տալիս, որն արդեն չի երևում այդ հաշվետվությունում։
report-band = { $band ->
     [under_h1] 1 ժամից պակաս
     [h1_to_4] 1–4 ժամ
     [h4_to_24] 4–24 ժամ
    *[over_h24] 24 ժամից ավելի
    }
report-weekday = { $day ->
     [mon] երկուշաբթի
     [tue] երեքշաբթի
     [wed] չորեքշաբթի
     [thu] հինգշաբթի
     [fri] ուրբաթ
     [sat] շաբաթ
    *[sun] կիրակի
    }
report-opening = { $open ->
     [open] բյուրոն բաց էր
    *[closed] բյուրոն փակ էր
    }
report-answer = { $answer ->
     [yes] այո
    *[no] ոչ
     [not_reached] ծառայությանը չհասավ
    }
report-dimension-bureau = Բյուրո
report-dimension-rights-topic = Կարդացված իրավունքների թեմա
report-dimension-contact-hour = Դիմումի բացման ժամը (բյուրոյի ժամանակով)
report-dimension-contact-weekday = Դիմումի բացման շաբաթվա օրը
report-dimension-contact-hours = Դիմումը բացվել է, երբ
report-dimension-take-time = Ժամանակը, մինչև մարդը վերցրեց դիմումը
report-dimension-close-outcome = Փակված դիմումների արդյունքը
report-dimension-close-time = Ժամանակը բացումից մինչև փակում
report-dimension-violence-type = Բացահայտված բռնության տեսակը (GBVIMS տեսակներ)
report-dimension-followup-type = Ծառայության տեսակը
report-dimension-followup-reached = Հասավ ծառայությանը
report-dimension-followup-respected = Վերաբերվեցին հարգանքով
report-dimension-disrespect-type = Անհարգալից վերաբերմունքի մասին հաղորդումներ՝ ծառայության տեսակ
report-dimension-disrespect-city = Անհարգալից վերաբերմունքի մասին հաղորդումներ՝ վայր
report-charts = Գծապատկերներ
report-chart-city-needs = Մարդիկ՝ ըստ վայրի և կարիքի
report-chart-months = Օգնություն փնտրած մարդիկ՝ ըստ ամիսների
report-chart-disrespect = Անհարգալից վերաբերմունքի մասին հաղորդումներ՝ ըստ ծառայության տեսակի
report-chart-take-time = Ժամանակը, մինչև մարդը վերցրեց դիմումը
report-chart-contact-hours = Բացված դիմումներ՝ ըստ օրվա ժամերի. ստվերված՝ բյուրոյի աշխատանքային ժամերը
report-chart-open = աշխատանքային ժամեր
report-chart-hidden = Թաքցված թվերը ({ $hidden }) գծապատկերներում ներառված չեն։
