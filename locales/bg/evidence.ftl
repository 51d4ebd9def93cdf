# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = Този случай вече е затворен.
staff-violence-ask = По желание, за месечните данни: за какъв вид насилие разказа човекът? Отбелязвайте само това, което човекът сам е казал; никога не го молете да го назове.
staff-violence = { $kind ->
       [rape] изнасилване
       [sexual_assault] сексуално посегателство
       [physical_assault] физическо посегателство
       [forced_marriage] принудителен брак
       [denial_of_resources] лишаване от ресурси, възможности или услуги
       [psychological_abuse] психологическо или емоционално насилие
       [not_violence] не е насилие
      *[not_disclosed] не е споделено
    }
staff-violence-noted = Отбелязано за данните: { $kind } ({ $alias }).
staff-violence-already = Видът насилие за този случай вече е отбелязан.
staff-violence-how = Изберете вида насилие с бутоните под бележката за затваряне.
