# Месечен отчет за ръководителите (`gza report`): числа, в които никой не може да бъде разпознат.
report-lang = bg
report-title = Gza: данни за месеца, { $month }
report-method = Всяко число показва колко различни хора са дали този отговор през месеца на въпросите на бота. В тези числа няма имена, чатове или съобщения: те са преброени от отговори, пазени под код, а самите отговори се изтриват по график.
report-hidden-rule = { $hidden } означава скрито. Едно число се показва само ако зад него стоят поне { $k } души (нулата също се скрива), а заедно с него се скриват и няколко други числа, така че скритото число да не може да се изчисли от редовете, колоните и сборовете.
report-several-answers = Един човек може да даде няколко отговора (например няколко нужди); в такива таблици сборовете броят отговори, а не хора.
report-unanswered = Без отговор
report-total = Общо
report-people = Хора
report-dimension-city = Място
report-dimension-needs = Нужди
report-dimension-groups = За човека
report-dimension-service-language = Език на услугата
report-dimension-prefs = Предпочитания
report-method-cases = Случаите се отчитат в месеца, в който са отворени, поети или затворени, а времената се показват само в интервали. Хората, които са казали отговорите им да не се отчитат, не са в тези данни.
report-no-bureau = Без бюро (не е посочено място)
report-bureau-title = Gza: месечни данни на { $bureau }, { $month }
report-bureau-note = Този отчет е част от отчета за всички бюра, изрязана от същите таблици: сравнението на двата не показва нищо повече от онова, което общият отчет вече показва.
report-band = { $band ->
     [under_h1] под 1 час
     [h1_to_4] от 1 до 4 часа
     [h4_to_24] от 4 до 24 часа
    *[over_h24] над 24 часа
    }
report-weekday = { $day ->
     [mon] понеделник
     [tue] вторник
     [wed] сряда
     [thu] четвъртък
     [fri] петък
     [sat] събота
    *[sun] неделя
    }
report-opening = { $open ->
     [open] бюрото е отворено
    *[closed] бюрото е затворено
    }
report-answer = { $answer ->
     [yes] да
    *[no] не
     [not_reached] не са стигнали до услуга
    }
report-dimension-bureau = Бюро
report-dimension-rights-topic = Прочетена тема за правата
report-dimension-contact-hour = Час на отваряне на случая (по часовника на бюрото)
report-dimension-contact-weekday = Ден от седмицата на отваряне на случая
report-dimension-contact-hours = Случаят е отворен, докато
report-dimension-take-time = Време, докато човек поеме случая
report-dimension-close-outcome = Резултат на затворените случаи
report-dimension-close-time = Време от отваряне до затваряне
report-dimension-violence-type = Споделен вид насилие (типове по GBVIMS)
report-dimension-followup-type = Вид услуга
report-dimension-followup-reached = Стигнали до услуга
report-dimension-followup-respected = Отнесли се с уважение
report-dimension-disrespect-type = Сигнали за неуважение: вид услуга
report-dimension-disrespect-city = Сигнали за неуважение: място
report-charts = Диаграми
report-chart-city-needs = Хора по място и нужда
report-chart-months = Хора, които са търсили помощ, по месеци
report-chart-disrespect = Сигнали за неуважение по вид услуга
report-chart-take-time = Време, докато човек поеме случая
report-chart-contact-hours = Отворени случаи по час от деня; защриховано: работното време на бюрото
report-chart-open = работно време
report-chart-hidden = Скритите числа ({ $hidden }) не са включени в диаграмите.
