# Gza — Azerbaijani (Latin script): words of a service card beyond the card-* messages of gza.ftl:
# hours, and the language of the listing. Same ids in every locale.

## Hours
card-by-appointment = 🕒 Əvvəlcədən yazılmaqla: əvvəlcə zəng edin.
card-hours-always = 🕒 Gecə-gündüz, hər gün açıqdır (24/7).
card-every-day = hər gün
card-all-day = gecə-gündüz

## Day names as people write them on a sign, Monday first
card-day-mon = Bazar ertəsi
card-day-tue = Çərşənbə axşamı
card-day-wed = Çərşənbə
card-day-thu = Cümə axşamı
card-day-fri = Cümə
card-day-sat = Şənbə
card-day-sun = Bazar

## When a text of the listing is not in the person's language: the language it is in
card-texts-in = { $language ->
        [ka] (Bu xidmət haqqında məlumat gürcü dilindədir.)
        [ru] (Bu xidmət haqqında məlumat rus dilindədir.)
        [en] (Bu xidmət haqqında məlumat ingilis dilindədir.)
        [az] (Bu xidmət haqqında məlumat Azərbaycan dilindədir.)
        [hy] (Bu xidmət haqqında məlumat erməni dilindədir.)
        [uk] (Bu xidmət haqqında məlumat ukrayna dilindədir.)
        [bg] (Bu xidmət haqqında məlumat bolqar dilindədir.)
       *[other] (Bu xidmət haqqında məlumat başqa dildədir.)
    }
