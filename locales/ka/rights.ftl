# იცოდე შენი უფლებები (issue 15). თემები მონაცემებია rights/*.yaml-ში; აქ — მათ გარშემო ტექსტები.

rights-choose-topic = აირჩიეთ თემა. თითოეული რამდენიმე მოკლე ეკრანია; ნებისმიერ დროს შეგიძლიათ უკან დაბრუნება ან გასვლა.
rights-no-topics = თქვენი ქვეყნისთვის თემები ჯერ არ არის. მთავარ მენიუში შეგიძლიათ მოძებნოთ იურიდიული დახმარება თქვენთან ახლოს.
rights-next = შემდეგი ›
rights-talk-to-lawyer = იურისტთან საუბარი
rights-find-legal-help = იურიდიული დახმარება ჩემთან ახლოს
rights-screen-first =
    { $page }/{ $pages }

    { $title }

    { $body }

    წყაროები:
    { $sources }
    { $note }
rights-screen =
    { $page }/{ $pages }

    { $body }

    წყაროები:
    { $sources }
    { $note }
rights-note-draft = ⚠ სამუშაო ვერსია: იურისტს ჯერ არ შეუმოწმებია. სანამ მას დაეყრდნობით, ესაუბრეთ იურისტს.
rights-note-reviewed = შემოწმებულია იურისტის მიერ ({ $by }), { $date }.
staff-case-rights-topic = წაკითხული თემა უფლებებზე: { $topic }

## კურატორები: უფლებების თემები, რომლებიც იურისტმა უნდა შეამოწმოს
curator-queue-rights = უფლებების თემები, რომლებიც იურისტმა უნდა შეამოწმოს: { $count }
curator-queue-rights-line = • { $title }: ბოლოს შემოწმდა { $day }
curator-queue-rights-never = • { $title }: ჯერ არ შემოწმებულა (სამუშაო ვერსია)
