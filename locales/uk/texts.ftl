# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 Перші слова кожного вашого повідомлення можуть бути видні на заблокованому екрані людини: починайте з привітання, а не з того, про що звернення.
staff-status = { $status ->
        [waiting] чекає
       *[taken] в роботі
    }
staff-outcome = { $outcome ->
        [referred] перенаправлено
        [info] надано інформацію
        [no_response] немає відповіді
        [emergency] екстрений випадок
       *[other] інше
    }
staff-holder-unknown = колега
common-language = { $code ->
        [ka] грузинська
        [ru] російська
        [en] англійська
        [az] азербайджанська
        [hy] вірменська
        [uk] українська
        [bg] болгарська
        [tr] турецька
        [os] осетинська
        [ab] абхазька
        [ar] арабська
        [fa] перська
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = так
curator-no = ні
curator-day-mon = пн
curator-day-tue = вт
curator-day-wed = ср
curator-day-thu = чт
curator-day-fri = пт
curator-day-sat = сб
curator-day-sun = нд
curator-day-daily = щодня
curator-hours-by-appointment = за записом

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = пишіть кожен рядок так: день: "10:00-18:00"
curator-hours-overlap = години { $first } і { $second } перетинаються
curator-hours-unknown-day = невідомий день «{ $value }»: використовуйте пн…нд, діапазон на кшталт пн-пт або «щодня»
curator-hours-unreadable = не вдалося прочитати «{ $value }»: пишіть так: 10:00-18:00
curator-hours-not-a-time = «{ $value }» — це не час доби
curator-hours-closes-before-opens = «{ $value }» зачиняється раніше, ніж відчиняється (після півночі — розділіть на дві частини)
curator-hours-no-hours = «{ $value }»: спочатку дні, потім години, наприклад пн-пт 10:00-18:00
curator-hours-twice = «{ $value }» вказано двічі
curator-hours-empty = напишіть години так: пн-пт 10:00-18:00; сб 10:00-14:00
