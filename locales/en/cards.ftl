# Gza — English: words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 By appointment: call first.
card-hours-always = 🕒 Open day and night, every day (24/7).
card-every-day = Every day
card-all-day = 24 hours

## Day names as people write them on a sign, Monday first
card-day-mon = Mon
card-day-tue = Tue
card-day-wed = Wed
card-day-thu = Thu
card-day-fri = Fri
card-day-sat = Sat
card-day-sun = Sun

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (This listing is in Georgian.)
        [ru] (This listing is in Russian.)
        [en] (This listing is in English.)
        [az] (This listing is in Azerbaijani.)
        [hy] (This listing is in Armenian.)
        [uk] (This listing is in Ukrainian.)
        [bg] (This listing is in Bulgarian.)
       *[other] (This listing is in another language.)
    }
