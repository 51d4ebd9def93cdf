# თანამშრომელთა კონსოლი ბრაუზერში და რას ამბობს ბოტი მასზე თანამშრომელთა ჯგუფში.
staff-console-link = თქვენი ერთჯერადი ბმული Gza-ს კონსოლში (გამოიყენება ერთხელ, რამდენიმე წუთის განმავლობაში; არავის გადაუგზავნოთ): { $link }
staff-console-sent = შესვლის ბმული გამოგიგზავნეთ ჩემთან პირად ჩატში. თუ არაფერი მოვიდა, გახსენით ჩატი ჩემთან, დააჭირეთ „დაწყებას“ და ისევ მთხოვეთ.
staff-reply-mirrored = { $alias }-მა ადამიანს კონსოლიდან მისწერა: { $text }
staff-note-mirrored = // შენიშვნა, ავტორი { $alias }: { $text }
console-title = Gza-ს კონსოლი
console-skip-to-content = შიგთავსზე გადასვლა
console-nav = კონსოლი
console-queue-link = რიგი
console-signed-in-as = შესული ხართ როგორც { $alias }
console-sign-out = გასვლა
console-problem = ჩვენს მხარეს რაღაც შეფერხდა. არაფერი დაკარგულა; სცადეთ ხელახლა.
console-sign-in-title = კონსოლში შესვლა
console-sign-in-explain = ეს ბმული ერთხელ შეგიყვანთ. გასაგრძელებლად დააჭირეთ ღილაკს.
console-sign-in = შესვლა
console-sign-in-needed = შესასვლელად თანამშრომელთა ჯგუფში ბოტს მისწერეთ /console; ის ერთჯერად ბმულს გამოგიგზავნით.
console-signed-out = თქვენ გამოხვედით
console-home-coming = შესული ხართ. თქვენი როლის გვერდები მალე დაემატება; მანამდე განაგრძეთ მუშაობა ტელეგრამში.
console-queue-title = ბიუროს შემთხვევები: { $bureau }
console-shift-state = { $on ->
        [yes] თქვენ ცვლაში ხართ.
       *[no] თქვენ ცვლაში არ ხართ.
    }
console-shift-start = ცვლის დაწყება
console-shift-end = ცვლის დასრულება
console-queue-caption = ჯერ მოლოდინში მყოფი შემთხვევები, ყველაზე სასწრაფო და ყველაზე დიდხანს მოლოდინში მყოფი ზემოთ; შემდეგ თქვენი და თქვენი კოლეგების.
console-col-case = შემთხვევა
console-col-status = სტატუსი
console-col-city = ქალაქი
console-col-language = ენა
console-col-needs = საჭიროებები
console-col-waiting = ლოდინი
console-status = { $status ->
        [waiting] ელოდება
        [closed] დახურულია
       *[taken] აღებულია
    }
console-urgent = სასწრაფო
console-taken-by = აიღო: { $alias }
console-minutes = { $minutes ->
        [one] { $minutes } წუთი
       *[other] { $minutes } წუთი
    }
console-queue-empty = ახლა ღია შემთხვევა არ არის.
console-case-title = შემთხვევა { $code }
console-actions = რა ვუყოთ ამ შემთხვევას
console-reply-label = პასუხი ადამიანს (თქვენი ფსევდონიმის ხელმოწერით; Ctrl+Enter აგზავნის)
console-send = გაგზავნა
console-note-label = შიდა შენიშვნა (ადამიანს არასოდეს ეგზავნება)
console-add-note = შენიშვნის დამატება
console-transfer-to = გადაცემა ბიუროსთვის ან კოლეგისთვის
console-outcome = შედეგი
console-block = ამ ადამიანის დაბლოკვა
console-unblock = განბლოკვა
console-blocked = დაბლოკილია
console-also-viewing = ამ შემთხვევას ასევე უყურებენ: { $aliases }
console-conversation = მიმოწერა
console-from-person = ადამიანი
console-from-note = შენიშვნა, ავტორი { $alias }
console-line-gone = (წაშლილია)
console-thread-empty = ჯერ არაფერი დაწერილა.
console-not-allowed = თქვენი როლით ეს გვერდი არ იხსნება.
console-stale-form = ეს ფორმა მოძველდა. დაბრუნდით, განაახლეთ გვერდი და სცადეთ ხელახლა.
console-too-many = აქედან შესვლის ძალიან ბევრი მცდელობაა. მოიცადეთ ერთი წუთი და სცადეთ ხელახლა.
console-link-used = შესვლის ეს ბმული უკვე გამოყენებულია ან ვადა გაუვიდა. ახალი ბოტს სთხოვეთ ბრძანებით /console.
console-not-your-case = ეს შემთხვევა თქვენს ბიუროს არ ეკუთვნის ან აღარ არსებობს.
console-done-take = შემთხვევა აიღეთ. რასაც ახლა დაწერთ, ადამიანამდე მივა.
console-done-reply = ადამიანს გაეგზავნა.
console-done-note = შენიშვნა დაემატა.
console-done-close = შემთხვევა დაიხურა.
console-done-transfer = შემთხვევა გადაეცა.
console-done-block = დაბლოკილია: ამ ადამიანისგან თანამშრომლებამდე აღარაფერი მივა.
console-done-unblock = განბლოკილია.
console-done-shift-on = თქვენი ცვლა დაიწყო.
console-done-shift-off = თქვენი ცვლა დასრულდა.
console-refused-taken = ეს შემთხვევა სხვამ აიღო უფრო ადრე.
console-refused-empty = გასაგზავნი არაფერი იყო.
console-refused-take-first = ჯერ აიღეთ შემთხვევა; მანამდე ადამიანს არაფერი ეგზავნება.
console-refused-close = ეს შემთხვევა უკვე დახურულია, ან შედეგი სიიდან არ არის.
console-refused-transfer = ეს არც ბიუროა და არც კოლეგა, ან შემთხვევა დახურულია.

# ზედამხედველის გვერდი: ბიუროს მონაცემები, არასოდეს ადამიანი.
console-bureau-link = ბიუროს მონაცემები
console-bureau-title = ბიურო { $bureau }: მონაცემები
console-bureau-pick = ბიურო
console-bureau-show = ჩვენება
console-bureau-waiting-now = ახლა ელოდება
console-bureau-on-shift = ცვლაში მყოფი თანამშრომლები
console-bureau-caption = დღეს და ამ თვეში (ბიუროს ადგილობრივი დროით)
console-bureau-today = დღეს
console-bureau-month = ამ თვეში
console-bureau-opened = გახსნილი საქმეები
console-bureau-taken = აღებული საქმეები
console-bureau-take-p50 = აღებამდე დრო, მედიანა (p50)
console-bureau-take-p90 = აღებამდე დრო, 10-დან 9 ამ დროში (p90)
console-bureau-escalations = ესკალაციები (საქმე დროულად არავინ აიღო)
console-bureau-closed-as = დახურული: { $outcome }
console-bureau-none = ჯერ არ არის
console-bureau-explain = მხოლოდ რაოდენობები და დრო: აქ არაფერი ამჟღავნებს ადამიანის ვინაობას. აღებამდე დრო ითვლება მოთხოვნიდან პირველ აღებამდე.
