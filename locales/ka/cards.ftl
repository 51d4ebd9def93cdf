# Gza — Georgian: words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 წინასწარი ჩაწერით: ჯერ დარეკეთ.
card-hours-always = 🕒 ღიაა დღე-ღამე, ყოველდღე (24/7).
card-every-day = ყოველდღე
card-all-day = დღე-ღამე

## Day names as people write them on a sign, Monday first
card-day-mon = ორშ
card-day-tue = სამ
card-day-wed = ოთხ
card-day-thu = ხუთ
card-day-fri = პარ
card-day-sat = შაბ
card-day-sun = კვი

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (ამ სერვისის ინფორმაცია ქართულ ენაზეა.)
        [ru] (ამ სერვისის ინფორმაცია რუსულ ენაზეა.)
        [en] (ამ სერვისის ინფორმაცია ინგლისურ ენაზეა.)
        [az] (ამ სერვისის ინფორმაცია აზერბაიჯანულ ენაზეა.)
        [hy] (ამ სერვისის ინფორმაცია სომხურ ენაზეა.)
        [uk] (ამ სერვისის ინფორმაცია უკრაინულ ენაზეა.)
        [bg] (ამ სერვისის ინფორმაცია ბულგარულ ენაზეა.)
       *[other] (ამ სერვისის ინფორმაცია სხვა ენაზეა.)
    }
