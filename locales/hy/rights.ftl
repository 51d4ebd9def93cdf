# Իմացեք ձեր իրավունքները (issue 15). Թեմաներն իրենք տվյալներ են rights/*.yaml-ում, այստեղ՝ դրանց շուրջ բառերը։

rights-choose-topic = Ընտրեք թեմա։ Յուրաքանչյուրը մի քանի կարճ էկրան է․ ցանկացած պահի կարող եք հետ գնալ կամ դուրս գալ։
rights-no-topics = Ձեր երկրի համար թեմաներ դեռ չկան։ Գլխավոր ընտրացանկում կարող եք փնտրել իրավաբանական օգնություն ձեր մոտակայքում։
rights-next = Հաջորդը ›
rights-talk-to-lawyer = Խոսել իրավաբանի հետ
rights-find-legal-help = Գտնել իրավաբանական օգնություն մոտակայքում
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    Աղբյուրներ՝
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    Աղբյուրներ՝
    { $sources }
    { $note }
rights-note-draft = ⚠ Սևագիր․ իրավաբանը դեռ չի ստուգել։ Նախքան դրան ապավինելը՝ խոսեք իրավաբանի հետ։
rights-note-reviewed = Ստուգված է իրավաբանի կողմից ({ $by }), { $date }։
staff-case-rights-topic = Կարդացած թեման իրավունքների մասին՝ { $topic }

## Համադրողներ՝ իրավունքների թեմաներ, որոնք իրավաբանը պետք է ստուգի
curator-queue-rights = Իրավունքների թեմաներ, որոնք իրավաբանը պետք է ստուգի՝ { $count }
curator-queue-rights-line = • { $title }՝ վերջին ստուգումը՝ { $day }
curator-queue-rights-never = • { $title }՝ դեռ չի ստուգվել (սևագիր)
