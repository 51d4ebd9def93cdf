# Gza — Bulgarian: words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 С предварително записване: първо се обадете.
card-hours-always = 🕒 Денонощно, всеки ден (24/7).
card-every-day = всеки ден
card-all-day = денонощно

## Day names as people write them on a sign, Monday first
card-day-mon = пон
card-day-tue = вт
card-day-wed = ср
card-day-thu = чет
card-day-fri = пет
card-day-sat = съб
card-day-sun = нед

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (Описанието на тази услуга е на грузински.)
        [ru] (Описанието на тази услуга е на руски.)
        [en] (Описанието на тази услуга е на английски.)
        [az] (Описанието на тази услуга е на азербайджански.)
        [hy] (Описанието на тази услуга е на арменски.)
        [uk] (Описанието на тази услуга е на украински.)
        [bg] (Описанието на тази услуга е на български.)
       *[other] (Описанието на тази услуга е на друг език.)
    }
