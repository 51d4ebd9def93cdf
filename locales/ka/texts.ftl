# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 თქვენი თითოეული შეტყობინების პირველი სიტყვები შეიძლება ადამიანის ჩაკეტილ ეკრანზე გამოჩნდეს: დაიწყეთ მისალმებით და არასდროს იმით, რას ეხება შემთხვევა.
staff-status = { $status ->
        [waiting] ელოდება
       *[taken] აღებულია
    }
staff-outcome = { $outcome ->
        [referred] გადამისამართდა
        [info] ინფორმაცია მიეწოდა
        [no_response] პასუხი არ ყოფილა
        [emergency] საგანგებო
       *[other] სხვა
    }
staff-holder-unknown = კოლეგა
common-language = { $code ->
        [ka] ქართული
        [ru] რუსული
        [en] ინგლისური
        [az] აზერბაიჯანული
        [hy] სომხური
        [uk] უკრაინული
        [bg] ბულგარული
        [tr] თურქული
        [os] ოსური
        [ab] აფხაზური
        [ar] არაბული
        [fa] სპარსული
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = დიახ
curator-no = არა
curator-day-mon = ორშ
curator-day-tue = სამ
curator-day-wed = ოთხ
curator-day-thu = ხუთ
curator-day-fri = პარ
curator-day-sat = შაბ
curator-day-sun = კვ
curator-day-daily = ყოველდღე
curator-hours-by-appointment = წინასწარი ჩაწერით

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = თითოეული ხაზი ასე დაწერეთ: დღე: "10:00-18:00"
curator-hours-overlap = საათები { $first } და { $second } ერთმანეთს ფარავს
curator-hours-unknown-day = უცნობი დღე „{ $value }“: გამოიყენეთ ორშ…კვ, დიაპაზონი, მაგ. ორშ-პარ, ან „ყოველდღე“
curator-hours-unreadable = „{ $value }“ ვერ წავიკითხე: დაწერეთ ასე: 10:00-18:00
curator-hours-not-a-time = „{ $value }“ დღის დრო არ არის
curator-hours-closes-before-opens = „{ $value }“ იხურება მანამ, სანამ გაიხსნება (შუაღამის შემდეგ: გაყავით ორად)
curator-hours-no-hours = „{ $value }“: ჯერ დაწერეთ დღეები, შემდეგ საათები, მაგ. ორშ-პარ 10:00-18:00
curator-hours-twice = „{ $value }“ ორჯერ წერია
curator-hours-empty = დაწერეთ საათები ასე: ორშ-პარ 10:00-18:00; შაბ 10:00-14:00
