# ყოველთვიური ანგარიში ხელმძღვანელებისთვის (`gza report`): ციფრები, რომლებშიც ვერავის ამოიცნობთ.
report-lang = ka
report-title = Gza: თვის მონაცემები, { $month }
report-method = თითოეული რიცხვი აჩვენებს, რამდენმა სხვადასხვა ადამიანმა გასცა ეს პასუხი თვის განმავლობაში ბოტის კითხვებზე. ამ ციფრებში არ არის არც სახელები, არც ჩატები და არც შეტყობინებები: ისინი დათვლილია კოდით შენახული პასუხებიდან, ხოლო თავად პასუხები გრაფიკის მიხედვით იშლება.
report-hidden-rule = { $hidden } ნიშნავს, რომ რიცხვი დამალულია. რიცხვი ჩანს მხოლოდ მაშინ, როცა ის მინიმუმ { $k } ადამიანს ითვლის (ნულიც იმალება), და მასთან ერთად რამდენიმე სხვა რიცხვიც იმალება, რათა დამალული რიცხვის გამოთვლა სტრიქონებიდან, სვეტებიდან და ჯამებიდან შეუძლებელი იყოს.
report-several-answers = ერთ ადამიანს შეუძლია რამდენიმე პასუხის გაცემა (მაგალითად, რამდენიმე საჭიროების); ასეთ ცხრილებში ჯამები პასუხებს ითვლის და არა ადამიანებს.
report-unanswered = პასუხის გარეშე
report-total = სულ
report-people = ადამიანები
report-dimension-city = ადგილი
report-dimension-needs = საჭიროებები
report-dimension-groups = ადამიანის შესახებ
report-dimension-service-language = მომსახურების ენა
report-dimension-prefs = სურვილები
report-method-cases = შემთხვევები ითვლება იმ თვეში, როცა ისინი გაიხსნა, აიღეს ან დაიხურა, ხოლო დრო მხოლოდ შუალედებით არის ნაჩვენები. ადამიანები, რომლებმაც თქვეს, რომ მათი პასუხები არ უნდა დაითვალოს, ამ მონაცემებში არ არიან.
report-no-bureau = ბიუროს გარეშე (ადგილი არ არის მითითებული)
report-bureau-title = Gza: { $bureau } — თვის მონაცემები, { $month }
report-bureau-note = ეს ანგარიში ყველა ბიუროს ანგარიშის ნაწილია და იმავე ცხრილებიდანაა ამოღებული: მათი შედარება ვერაფერს აჩვენებს ისეთს, რაც იმ ანგარიშში უკვე არ ჩანს.
report-band = { $band ->
     [under_h1] 1 საათზე ნაკლები
     [h1_to_4] 1–4 საათი
     [h4_to_24] 4–24 საათი
    *[over_h24] 24 საათზე მეტი
    }
report-weekday = { $day ->
     [mon] ორშაბათი
     [tue] სამშაბათი
     [wed] ოთხშაბათი
     [thu] ხუთშაბათი
     [fri] პარასკევი
     [sat] შაბათი
    *[sun] კვირა
    }
report-opening = { $open ->
     [open] ბიურო ღია იყო
    *[closed] ბიურო დაკეტილი იყო
    }
report-answer = { $answer ->
     [yes] დიახ
    *[no] არა
     [not_reached] მომსახურებამდე ვერ მივიდა
    }
report-dimension-bureau = ბიურო
report-dimension-rights-topic = წაკითხული უფლებების თემა
report-dimension-contact-hour = შემთხვევის გახსნის საათი (ბიუროს დროით)
report-dimension-contact-weekday = შემთხვევის გახსნის დღე
report-dimension-contact-hours = შემთხვევის გახსნისას
report-dimension-take-time = დრო, სანამ შემთხვევას ადამიანი აიღებდა
report-dimension-close-outcome = დახურული შემთხვევების შედეგი
report-dimension-close-time = დრო გახსნიდან დახურვამდე
report-dimension-violence-type = გამხელილი ძალადობის სახე (GBVIMS-ის ტიპები)
report-dimension-followup-type = მომსახურების სახე
report-dimension-followup-reached = მომსახურებამდე მივიდა
report-dimension-followup-respected = პატივისცემით მოეპყრნენ
report-dimension-disrespect-type = უპატივცემულობის შეტყობინებები: მომსახურების სახე
report-dimension-disrespect-city = უპატივცემულობის შეტყობინებები: ადგილი
report-charts = დიაგრამები
report-chart-city-needs = ადამიანები ადგილისა და საჭიროების მიხედვით
report-chart-months = ადამიანები, ვინც ეძებდა, თვეების მიხედვით
report-chart-disrespect = უპატივცემულობის შეტყობინებები მომსახურების სახის მიხედვით
report-chart-take-time = დრო, სანამ შემთხვევას ადამიანი აიღებდა
report-chart-contact-hours = გახსნილი შემთხვევები დღის საათების მიხედვით; დაჩრდილული: ბიუროს სამუშაო საათები
report-chart-open = სამუშაო საათები
report-chart-hidden = დამალული რიცხვები ({ $hidden }) დიაგრამებში არ არის ნაჩვენები.
