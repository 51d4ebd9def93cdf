# Gza — Ukrainian: words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 За записом: спершу зателефонуйте.
card-hours-always = 🕒 Цілодобово, без вихідних (24/7).
card-every-day = щодня
card-all-day = цілодобово

## Day names as people write them on a sign, Monday first
card-day-mon = пн
card-day-tue = вт
card-day-wed = ср
card-day-thu = чт
card-day-fri = пт
card-day-sat = сб
card-day-sun = нд

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (Опис цієї служби — грузинською мовою.)
        [ru] (Опис цієї служби — російською мовою.)
        [en] (Опис цієї служби — англійською мовою.)
        [az] (Опис цієї служби — азербайджанською мовою.)
        [hy] (Опис цієї служби — вірменською мовою.)
        [uk] (Опис цієї служби — українською мовою.)
        [bg] (Опис цієї служби — болгарською мовою.)
       *[other] (Опис цієї служби — іншою мовою.)
    }
