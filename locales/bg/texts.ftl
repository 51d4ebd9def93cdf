# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 Първите думи на всяко ваше съобщение може да се виждат на заключения екран на човека: започвайте с поздрав, а не с това, за което е случаят.
staff-status = { $status ->
        [waiting] чака
       *[taken] поет
    }
staff-outcome = { $outcome ->
        [referred] насочен
        [info] дадена информация
        [no_response] няма отговор
        [emergency] спешен случай
       *[other] друго
    }
staff-holder-unknown = колега
common-language = { $code ->
        [ka] грузински
        [ru] руски
        [en] английски
        [az] азербайджански
        [hy] арменски
        [uk] украински
        [bg] български
        [tr] турски
        [os] осетински
        [ab] абхазки
        [ar] арабски
        [fa] персийски
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = да
curator-no = не
curator-day-mon = пн
curator-day-tue = вт
curator-day-wed = ср
curator-day-thu = чт
curator-day-fri = пт
curator-day-sat = сб
curator-day-sun = нд
curator-day-daily = всеки ден
curator-hours-by-appointment = с предварително записване

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = пишете всеки ред така: ден: "10:00-18:00"
curator-hours-overlap = часовете { $first } и { $second } се застъпват
curator-hours-unknown-day = непознат ден „{ $value }“: използвайте пн…нд, период като пн-пт или „всеки ден“
curator-hours-unreadable = „{ $value }“ не може да се прочете: пишете така: 10:00-18:00
curator-hours-not-a-time = „{ $value }“ не е час от денонощието
curator-hours-closes-before-opens = „{ $value }“ затваря, преди да отвори (след полунощ: разделете го на две)
curator-hours-no-hours = „{ $value }“: първо дните, после часовете, например пн-пт 10:00-18:00
curator-hours-twice = „{ $value }“ е написано два пъти
curator-hours-empty = напишете часовете така: пн-пт 10:00-18:00; сб 10:00-14:00
