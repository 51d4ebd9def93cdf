# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = Bu müraciət artıq bağlanıb.
staff-violence-ask = İstəyə bağlı, aylıq rəqəmlər üçün: şəxs hansı növ zorakılıqdan danışdı? Yalnız şəxsin özünün dediyini qeyd edin; heç vaxt ondan bunu adlandırmağı xahiş etməyin.
staff-violence = { $kind ->
       [rape] zorlama
       [sexual_assault] cinsi təcavüz
       [physical_assault] fiziki təcavüz
       [forced_marriage] məcburi nikah
       [denial_of_resources] resurslardan, imkanlardan və ya xidmətlərdən məhrumetmə
       [psychological_abuse] psixoloji və ya emosional zorakılıq
       [not_violence] zorakılıq deyil
      *[not_disclosed] açıqlanmayıb
    }
staff-violence-noted = Rəqəmlər üçün qeyd edildi: { $kind } ({ $alias }).
staff-violence-already = Bu müraciət üçün zorakılığın növü artıq qeyd olunub.
staff-violence-how = Zorakılığın növünü bağlanma qeydinin altındakı düymələrlə seçin.
count-me-about = Cavablarımın sayılması
count-me-ask = Gza cavabları aylıq rəqəmlər üçün sayır; bürolar bu rəqəmləri daha yaxşı və ədalətli xidmətlər tələb etmək üçün yerli hakimiyyətə təqdim edir. Gza-dan yalnız rəqəmlər çıxır, heç vaxt kimin cavab verdiyi yox; rəqəm yalnız onda o qədər adam olanda göstərilir ki, heç kəsi tanımaq mümkün olmasın. Basdığınız düymələr (yer, ehtiyaclar) və komanda ilə danışırsınızsa, müraciətinizin nə vaxt və necə bitdiyi sayılır. Cavablarınızı sayaqmı? Bunu istənilən vaxt menyuda dəyişə bilərsiniz.
count-me-yes = Cavablarımı sayın
count-me-no = Cavablarımı saymayın
