# Ежемесячный отчёт для руководителей (`gza report`): цифры, в которых никого нельзя узнать.
report-lang = ru
report-title = Gza: цифры за месяц, { $month }
report-method = Каждое число показывает, сколько разных людей дали этот ответ в течение месяца на вопросы бота. В этих цифрах нет ни имён, ни чатов, ни сообщений: они подсчитаны по ответам, которые хранятся под кодом, а сами ответы удаляются по графику.
report-hidden-rule = { $hidden } означает, что число скрыто. Число показывается, только если за ним стоят не меньше { $k } человек (ноль тоже скрывается), и вместе с ним скрываются ещё несколько чисел, чтобы скрытое число нельзя было вычислить по строкам, столбцам и итогам.
report-several-answers = Один человек может дать несколько ответов (например, несколько потребностей); в таких таблицах итоги считают ответы, а не людей.
report-unanswered = Без ответа
report-total = Итого
report-people = Люди
report-dimension-city = Место
report-dimension-needs = Потребности
report-dimension-groups = О человеке
report-dimension-service-language = Язык услуги
report-dimension-prefs = Пожелания
report-method-cases = Обращения учитываются в месяце, когда их открыли, взяли или закрыли, а время показано только интервалами. Люди, которые попросили не учитывать их ответы, в эти данные не входят.
report-no-bureau = Без бюро (место не указано)
report-bureau-title = Gza: данные за месяц — { $bureau }, { $month }
report-bureau-note = Этот отчёт — часть отчёта по всем бюро, вырезанная из тех же таблиц: сравнение двух отчётов не покажет ничего сверх того, что уже видно в общем.
report-band = { $band ->
     [under_h1] меньше часа
     [h1_to_4] от 1 до 4 часов
     [h4_to_24] от 4 до 24 часов
    *[over_h24] больше 24 часов
    }
report-weekday = { $day ->
     [mon] понедельник
     [tue] вторник
     [wed] среда
     [thu] четверг
     [fri] пятница
     [sat] суббота
    *[sun] воскресенье
    }
report-opening = { $open ->
     [open] бюро открыто
    *[closed] бюро закрыто
    }
report-answer = { $answer ->
     [yes] да
    *[no] нет
     [not_reached] не дошли до службы
    }
report-dimension-bureau = Бюро
report-dimension-rights-topic = Прочитанная тема о правах
report-dimension-contact-hour = Час открытия обращения (по времени бюро)
report-dimension-contact-weekday = День недели открытия обращения
report-dimension-contact-hours = Обращение открыто, когда
report-dimension-take-time = Время, пока обращение взял человек
report-dimension-close-outcome = Результат закрытых обращений
report-dimension-close-time = Время от открытия до закрытия
report-dimension-violence-type = Раскрытый вид насилия (типы GBVIMS)
report-dimension-followup-type = Вид услуги
report-dimension-followup-reached = Дошли до службы
report-dimension-followup-respected = Отнеслись с уважением
report-dimension-disrespect-type = Сообщения о неуважении: вид услуги
report-dimension-disrespect-city = Сообщения о неуважении: место
report-charts = Диаграммы
report-chart-city-needs = Люди по месту и потребности
report-chart-months = Люди, которые искали помощь, по месяцам
report-chart-disrespect = Сообщения о неуважении по виду услуги
report-chart-take-time = Время, пока обращение взял человек
report-chart-contact-hours = Открытые обращения по часам; затенено: часы работы бюро
report-chart-open = часы работы
report-chart-hidden = Скрытые числа ({ $hidden }) в диаграммы не включены.
