# Texts of issue 10 ("nothing that gives a person away"; everything read comes from Fluent).

## What staff write reaches the person signed with their alias (a lock screen shows the opening).
relay-staff-says = { $alias }: { $text }
