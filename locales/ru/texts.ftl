# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 Первые слова каждого вашего сообщения могут быть видны на экране блокировки у человека: начинайте с приветствия, а не с того, о чём обращение.
staff-status = { $status ->
        [waiting] ждёт
       *[taken] в работе
    }
staff-outcome = { $outcome ->
        [referred] перенаправлено
        [info] предоставлена информация
        [no_response] нет ответа
        [emergency] экстренный случай
       *[other] другое
    }
staff-holder-unknown = коллега
common-language = { $code ->
        [ka] грузинский
        [ru] русский
        [en] английский
        [az] азербайджанский
        [hy] армянский
        [uk] украинский
        [bg] болгарский
        [tr] турецкий
        [os] осетинский
        [ab] абхазский
        [ar] арабский
        [fa] персидский
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = да
curator-no = нет
curator-day-mon = пн
curator-day-tue = вт
curator-day-wed = ср
curator-day-thu = чт
curator-day-fri = пт
curator-day-sat = сб
curator-day-sun = вс
curator-day-daily = ежедневно
curator-hours-by-appointment = по записи

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = пишите каждую строку так: день: "10:00-18:00"
curator-hours-overlap = часы { $first } и { $second } пересекаются
curator-hours-unknown-day = неизвестный день «{ $value }»: используйте пн…вс, диапазон вроде пн-пт или «ежедневно»
curator-hours-unreadable = не удалось прочитать «{ $value }»: пишите так: 10:00-18:00
curator-hours-not-a-time = «{ $value }» — это не время суток
curator-hours-closes-before-opens = «{ $value }» закрывается раньше, чем открывается (после полуночи — разделите на две части)
curator-hours-no-hours = «{ $value }»: сначала дни, потом часы, например пн-пт 10:00-18:00
curator-hours-twice = «{ $value }» указано дважды
curator-hours-empty = напишите часы так: пн-пт 10:00-18:00; сб 10:00-14:00
