# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = Այս դիմումն արդեն փակված է։
staff-violence-ask = Ըստ ցանկության, ամսական թվերի համար. բռնության ո՞ր տեսակի մասին պատմեց անձը։ Նշեք միայն այն, ինչ նա ինքն է ասել. երբեք մի խնդրեք, որ ինքն անվանի։
staff-violence = { $kind ->
       [rape] բռնաբարություն
       [sexual_assault] սեռական ոտնձգություն
       [physical_assault] ֆիզիկական հարձակում
       [forced_marriage] հարկադիր ամուսնություն
       [denial_of_resources] ռեսուրսներից, հնարավորություններից կամ ծառայություններից զրկում
       [psychological_abuse] հոգեբանական կամ հուզական բռնություն
       [not_violence] բռնություն չէ
      *[not_disclosed] չի բացահայտվել
    }
staff-violence-noted = Նշվեց թվերի համար՝ { $kind } ({ $alias })։
staff-violence-already = Այս դիմումի համար բռնության տեսակն արդեն նշված է։
staff-violence-how = Ընտրեք բռնության տեսակը փակման գրառման տակի կոճակներով։
