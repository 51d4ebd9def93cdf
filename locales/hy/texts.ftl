# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 Ձեր յուրաքանչյուր հաղորդագրության առաջին բառերը կարող են երևալ մարդու կողպված էկրանին․ սկսեք ողջույնով, ոչ թե նրանով, թե ինչի մասին է դիմումը։
staff-status = { $status ->
        [waiting] սպասում է
       *[taken] վերցված է
    }
staff-outcome = { $outcome ->
        [referred] ուղղորդվել է
        [info] տեղեկատվություն է տրվել
        [no_response] պատասխան չկա
        [emergency] արտակարգ դեպք
       *[other] այլ
    }
staff-holder-unknown = գործընկեր
common-language = { $code ->
        [ka] վրացերեն
        [ru] ռուսերեն
        [en] անգլերեն
        [az] ադրբեջաներեն
        [hy] հայերեն
        [uk] ուկրաիներեն
        [bg] բուլղարերեն
        [tr] թուրքերեն
        [os] օսերեն
        [ab] աբխազերեն
        [ar] արաբերեն
        [fa] պարսկերեն
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = այո
curator-no = ոչ
curator-day-mon = երկ
curator-day-tue = երք
curator-day-wed = չրք
curator-day-thu = հնգ
curator-day-fri = ուրբ
curator-day-sat = շբթ
curator-day-sun = կիր
curator-day-daily = ամեն օր
curator-hours-by-appointment = նախնական գրանցմամբ

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = յուրաքանչյուր տող գրեք այսպես՝ օր: "10:00-18:00"
curator-hours-overlap = { $first } և { $second } ժամերը համընկնում են
curator-hours-unknown-day = անհայտ օր՝ «{ $value }»․ օգտագործեք երկ…կիր, միջակայք, օրինակ՝ երկ-ուրբ, կամ «ամեն օր»
curator-hours-unreadable = «{ $value }»-ն հնարավոր չէ կարդալ․ գրեք այսպես՝ 10:00-18:00
curator-hours-not-a-time = «{ $value }»-ն օրվա ժամ չէ
curator-hours-closes-before-opens = «{ $value }»-ն փակվում է բացվելուց առաջ (կեսգիշերից հետո՝ բաժանեք երկու մասի)
curator-hours-no-hours = «{ $value }»․ նախ գրեք օրերը, հետո ժամերը, օրինակ՝ երկ-ուրբ 10:00-18:00
curator-hours-twice = «{ $value }»-ն գրված է երկու անգամ
curator-hours-empty = գրեք ժամերը այսպես՝ երկ-ուրբ 10:00-18:00; շբթ 10:00-14:00
