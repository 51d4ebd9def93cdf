# Gza — Russian: words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 По записи: сначала позвоните.
card-hours-always = 🕒 Круглосуточно, без выходных (24/7).
card-every-day = ежедневно
card-all-day = круглосуточно

## Day names as people write them on a sign, Monday first
card-day-mon = пн
card-day-tue = вт
card-day-wed = ср
card-day-thu = чт
card-day-fri = пт
card-day-sat = сб
card-day-sun = вс

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (Описание этой службы — на грузинском языке.)
        [ru] (Описание этой службы — на русском языке.)
        [en] (Описание этой службы — на английском языке.)
        [az] (Описание этой службы — на азербайджанском языке.)
        [hy] (Описание этой службы — на армянском языке.)
        [uk] (Описание этой службы — на украинском языке.)
        [bg] (Описание этой службы — на болгарском языке.)
       *[other] (Описание этой службы — на другом языке.)
    }
