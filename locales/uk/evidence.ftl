# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = Це звернення вже закрито.
staff-violence-ask = За бажанням, для щомісячних даних: про який вид насильства розповіла людина? Позначайте лише те, що людина сказала сама; ніколи не просіть її це назвати.
staff-violence = { $kind ->
       [rape] зґвалтування
       [sexual_assault] сексуальне насильство (напад)
       [physical_assault] фізичне насильство
       [forced_marriage] примусовий шлюб
       [denial_of_resources] позбавлення ресурсів, можливостей чи послуг
       [psychological_abuse] психологічне або емоційне насильство
       [not_violence] не насильство
      *[not_disclosed] не розкрито
    }
staff-violence-noted = Позначено для даних: { $kind } ({ $alias }).
staff-violence-already = Вид насильства для цього звернення вже позначено.
staff-violence-how = Виберіть вид насильства кнопками під повідомленням про закриття.
