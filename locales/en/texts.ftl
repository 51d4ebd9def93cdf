# Texts of issue 10: nothing that gives a person away; everything read comes from Fluent.

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }

## The staff card and lists: words, not codes.
staff-card-lock-screen = 🔒 The first words of each message you send may show on the person's lock screen: start with a greeting, never with what the case is about.
staff-status = { $status ->
        [waiting] waiting
       *[taken] taken
    }
staff-outcome = { $outcome ->
        [referred] referred
        [info] information given
        [no_response] no response
        [emergency] emergency
       *[other] other
    }
staff-holder-unknown = a colleague
common-language = { $code ->
        [ka] Georgian
        [ru] Russian
        [en] English
        [az] Azerbaijani
        [hy] Armenian
        [uk] Ukrainian
        [bg] Bulgarian
        [tr] Turkish
        [os] Ossetian
        [ab] Abkhaz
        [ar] Arabic
        [fa] Persian
       *[other] { $code }
    }

## Curators: values in words.
curator-yes = yes
curator-no = no
curator-day-mon = Mon
curator-day-tue = Tue
curator-day-wed = Wed
curator-day-thu = Thu
curator-day-fri = Fri
curator-day-sat = Sat
curator-day-sun = Sun
curator-day-daily = daily
curator-hours-by-appointment = by appointment

## Curators: why typed hours could not be read (inserted into curator-bad-hours).
curator-hours-not-text = write each line as day: "10:00-18:00"
curator-hours-overlap = the hours { $first } and { $second } overlap
curator-hours-unknown-day = unknown day “{ $value }”: use mon…sun, a range like mon-fri, or daily
curator-hours-unreadable = cannot read “{ $value }”: write it like 10:00-18:00
curator-hours-not-a-time = “{ $value }” is not a time of day
curator-hours-closes-before-opens = “{ $value }” closes before it opens (past midnight: split it)
curator-hours-no-hours = “{ $value }”: write the days, then the hours, like mon-fri 10:00-18:00
curator-hours-twice = “{ $value }” is written twice
curator-hours-empty = write the hours like mon-fri 10:00-18:00; sat 10:00-14:00
