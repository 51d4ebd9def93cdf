# Gza — ქართული (Georgian). აქ არსებული ყველა id უნდა არსებობდეს ყველა ლოკალში (ამას tests/test_locales.py ამოწმებს).

## ენების სახელები: თითოეული საკუთარ ენაზე, ყველა ლოკალში ერთნაირი.
language-name-ka = ქართული
language-name-ru = Русский
language-name-en = English
language-name-az = Azərbaycan
language-name-hy = Հայերեն
language-name-uk = Українська
language-name-bg = Български

## დაწყება
start-choose-language = გამარჯობა. რომელი ენის გამოყენება გსურთ?
start-privacy-note =
    სახელის თქმა საჭირო არ არის. ვინახავთ მხოლოდ ღილაკებით არჩეულ პასუხებს, კოდის ქვეშ — არასდროს ვინახავთ, ვინ ხართ — და ვშლით მათ თქვენი ბოლო შეტყობინებიდან { $days ->
        [one] { $days } დღის
       *[other] { $days } დღის
    } შემდეგ. რასაც გუნდს სწერთ, მას გუნდი კითხულობს. /exit თქვენი ტელეფონიდან წაშლის ამ ჩატის ბოლო 48 საათის შეტყობინებებს (მეტის საშუალებას Telegram არ იძლევა), /forget კი წაშლის ყველაფერს, რასაც ვინახავთ.
    Telegram-ს შეუძლია ბოტებთან ჩატების ნახვა (ეს ჩატები სრულად დაშიფრული არ არის), ამიტომ გთხოვთ, არ დაწეროთ სახელები, მისამართები ან ისეთი რამ, რისი წაკითხვაც სხვის მიერ არ გსურთ.
start-privacy-ok = კარგი, გავაგრძელოთ
start-ask-danger = ახლა საფრთხეში ხართ?
start-danger-yes = დიახ, საფრთხეში ვარ
start-danger-no = არა, ახლა არა
start-emergency =
    თუ შეგიძლიათ, ახლავე დარეკეთ:
    { $emergency_numbers }
    ახლა ეს ნომრები ვინმესთან დაკავშირების ყველაზე სწრაფი გზაა.

## გადაუდებელი ნომრები (თავად ნომრები კონფიგურაციიდან მოდის)
emergency-number-line = { $number } — { $label }
emergency-kind-general = გადაუდებელი სამსახურები (პოლიცია, სასწრაფო, სახანძრო)
emergency-kind-violence-hotline = 24/7 ცხელი ხაზი ძალადობაგადატანილი ადამიანებისთვის
emergency-kind-violence-helpline = ცხელი ხაზი ძალადობაგადატანილი ადამიანებისთვის
emergency-kind-other = დახმარების ხაზი

## მთავარი მენიუ
menu-title = როგორ დაგეხმაროთ? აირჩიეთ ერთ-ერთი.
menu-find-services = სერვისების მოძებნა
menu-talk-to-person = ადამიანთან საუბარი
menu-know-rights = თქვენი უფლებები
menu-language = ენა

## საერთო ღილაკები და ხაზები
common-back = ‹ უკან
common-exit = გასვლა
common-to-menu = მთავარი მენიუ
common-exit-done = ნახვამდის. თავიდან დასაწყებად ნებისმიერ დროს გამოგზავნეთ /start.
common-done = მზადაა ›
common-skip = გამოტოვება

## ადამიანთან საუბარი (გუნდისთვის გადაცემა)
handoff-waiting = გუნდს შევატყობინეთ: ადამიანი აქ მოგწერთ, როგორც კი შეძლებს. თქვენი შეტყობინების დაწერა უკვე შეგიძლიათ.
handoff-closed-until =
    გუნდი ახლა ხელმისაწვდომი არ არის. გუნდი ისევ აქ იქნება: { $when }. შეგიძლიათ შეტყობინება აქ დატოვოთ და გუნდი მას ნახავს.
    თუ საფრთხეში ხართ:
    { $emergency_numbers }
handoff-unavailable =
    ადამიანთან საუბარი აქ ჯერ შესაძლებელი არ არის. თუ დახმარება ახლა გჭირდებათ:
    { $emergency_numbers }
handoff-already-open = გუნდთან უკვე დაკავშირებული ხართ: უბრალოდ აქ დაწერეთ.
handoff-ended = გუნდთან საუბარი დასრულდა. შეგიძლიათ ნებისმიერ დროს ისევ აქ მოგვწეროთ.
handoff-unavailable-now = ეს საუბარი აღარ არის ხელმისაწვდომი.
handoff-media-not-shown = (ფაილი, რომლის ჩვენებაც აქ შეუძლებელია)
handoff-not-forgotten = თქვენ არ ხართ მივიწყებული: გუნდს თქვენი შეტყობინება აქვს და რაც შეიძლება მალე მოგწერთ.
handoff-staff-edited = შესწორებული შეტყობინება ({ $alias }): { $text }

## თანამშრომლების მხარე (თანამშრომლების ჯგუფი)
staff-card =
    შემთხვევა { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· სასწრაფო
       *[no] {""}
    }
    შესვლის წერტილი: { $entry }
    საჭიროებები: { $needs }
    ელოდება { $since }-დან
    { $lock_screen }
staff-topic-name = { $code } · { $city } · { $language }{ $urgent ->
        [yes] {" "}· სასწრაფო
       *[no] {""}
    }
staff-take = აღება
staff-transfer = გადაცემა
staff-close = დახურვა
staff-taken-by = შემთხვევა აიღო: { $alias }. რასაც ახლა აქ დაწერთ, ადამიანს მიუვა ხელმოწერით „{ $alias }“. // -ით დაწყებული ხაზები შიდა რჩება.
staff-already-taken = ეს შემთხვევა უკვე აქვს: { $alias }.
staff-not-staff = ამის გაკეთება მხოლოდ თანამშრომელთა სიაში შეყვანილ თანამშრომლებს შეუძლიათ.
staff-not-your-bureau = ეს შემთხვევა სხვა ბიუროს ეკუთვნის.
staff-take-first = ჯერ აიღეთ შემთხვევა; მანამდე ადამიანს არაფერი ეგზავნება.
staff-closed = შემთხვევა დაიხურა ({ $outcome }). დახურა: { $alias }.
staff-close-how = დახურეთ შედეგის მითითებით: /close referred, /close info, /close no_response, /close emergency ან /close other.
staff-person-left = ადამიანმა საუბარი დაასრულა.
staff-person-edited = ადამიანმა შეტყობინება შეცვალა; ახალი ვერსია ქვემოთაა.
staff-person-back = ადამიანმა ისევ მოგვწერა; შემთხვევა ხელახლა გაიხსნა.
staff-shift-on = { $alias } ცვლაშია. ახალი შემთხვევები (ბიურო: { $bureau }) აქ დაგელოდებათ.
staff-shift-off = { $alias } ცვლაში აღარ არის.
staff-shift-how = გამოიყენეთ /shift on ან /shift off.
staff-cases-none = { $bureau }: ღია შემთხვევები არ არის.
staff-cases-line = { $code } · { $status } · { $minutes } წთ{ $urgent ->
        [yes] {" "}· სასწრაფო
       *[no] {""}
    }
staff-transfer-how = გადაეცით ბიუროს ან კოლეგას: /transfer { $choices }
staff-transferred = შემთხვევა გადაეცა: { $target }. გადასცა: { $alias }.
staff-escalation = შემთხვევა { $code } უკვე { $minutes } წუთია ელოდება{ $urgent ->
        [yes] {" "}(სასწრაფო)
       *[no] {""}
    }. მორიგე ზედამხედველები: { $supervisors }.

## ყველაფრის წაშლა (/forget)
forget-ask-confirm = წავშალოთ ყველაფერი, რასაც თქვენს შესახებ ვინახავთ? ამის გაუქმება შეუძლებელია. ეს ჩატი თქვენი ტელეფონიდანაც წაიშლება, რამდენადაც Telegram ამის საშუალებას იძლევა.
forget-yes = დიახ, ყველაფერი წაიშალოს
forget-no = არა, დარჩეს
forget-done = ყველაფერი წაიშალა. თუ ოდესმე თავიდან დაწყება მოგინდებათ, გამოგზავნეთ /start.

## ბოტის პროფილი და ბრძანებების მენიუ (Telegram მათ საუბრის გარეთ აჩვენებს)
bot-short-description = კონფიდენციალური დახმარება: კეთილგანწყობილი სერვისების მოძებნა, ადამიანთან საუბარი.
bot-description = Gza დაგეხმარებათ, იპოვოთ უფასო, კეთილგანწყობილი სერვისები და ისაუბროთ ადამიანთან თქვენს ენაზე. სახელის თქმა საჭირო არ არის.
bot-short-description-neutral = ინფორმაცია და ყოველდღიური რჩევები.
bot-description-neutral = მოკლე პასუხები და სასარგებლო ინფორმაცია.
command-start = თავიდან დაწყება
command-menu = მთავარი მენიუ
command-exit = გასვლა და ამ ჩატის გასუფთავება
command-forget = ჩემ შესახებ შენახულის სრულად წაშლა

## როცა რაღაც არ ემთხვევა
error-unexpected-input =
    ბოდიში, მხოლოდ ღილაკები მესმის, ამიტომ თქვენი დაწერილი არავის წაუკითხავს. გთხოვთ, ქვემოთ აირჩიოთ.
    თუ საფრთხეში ხართ: { $emergency_number }
error-stale-button = ეს ღილაკი აღარ მუშაობს. აი, სად ვართ ახლა.
error-processing-failed = ბოდიში, ჩვენს მხარეს რაღაც შეცდომა მოხდა. გასაგრძელებლად გთხოვთ, გამოგზავნოთ /start.
error-slow-down = გთხოვთ, ცოტა მოიცადოთ, სანამ კიდევ რამეს გამოგზავნით. საუბარში თქვენი ადგილი შენახულია.

## ვებ-ჩატის გვერდი
web-title = გზა
web-input-placeholder = დაწერეთ შეტყობინება
web-send = გაგზავნა
web-connecting = დაკავშირება…
web-offline = კავშირი გაწყდა. ხელახლა ვცდილობთ…
web-exit-note = საუბარი ამ გვერდიდან წაიშალა.

## ადგილები (ცნობარის ქალაქები, places.yaml)

## კითხვები: ნებისმიერი კითხვის გამოტოვება შეიძლება
screen-ask-city =
    სად იმყოფებით, ან სად გსურთ დახმარების მიღება?
    შეგიძლიათ მდებარეობაც გამოგზავნოთ (📎 → მდებარეობა / Location); მას მხოლოდ უახლოესი ქალაქის მოსაძებნად ვიყენებთ.
screen-ask-needs = რაში გჭირდებათ დახმარება? აირჩიეთ რამდენიც გსურთ, შემდეგ დააჭირეთ „მზადაა“ (ან „გამოტოვება“).
need-legal = იურიდიული დახმარება
need-medical = სამედიცინო დახმარება
need-testing = აივ, ჰეპატიტი, სქესობრივი ინფექციები
need-harm-reduction = ზიანის შემცირება, ჩანაცვლებითი თერაპია
need-mental-health = ფსიქოლოგიური მხარდაჭერა
need-shelter = უსაფრთხო თავშესაფარი
need-violence-support = მხარდაჭერა ძალადობის შემდეგ
need-documents-police = დოკუმენტები, პოლიცია
need-work-money = სამუშაო და ფული
screen-ask-work = სამუშაო და ფული: რა დაგეხმარებათ? აირჩიეთ რამდენიც გსურთ, შემდეგ დააჭირეთ „მზადაა“ (ან „გამოტოვება“).
need-work-any = ყველაფერი სამუშაოსა და ფულზე
need-work-jobs = სამუშაო ან პროფესიული გადამზადება
need-work-finance = ფულის მართვა, დანაზოგი, სესხი
need-work-childcare = ბავშვის მოვლა
need-work-housing = საცხოვრებელი
need-work-business = ბიზნესის დაწყება
need-work-mentoring = მენტორი
need-lgbtqi-care = ლგბტქი+ და ტრანს ადამიანებისთვის
need-other = სხვა რამ
screen-ask-about =
    თუ გსურთ, გვითხარით ცოტა რამ თქვენ შესახებ, რომ მოვძებნოთ სერვისები, სადაც ცნობილია, რომ თქვენნაირ ადამიანებს პატივისცემით ეპყრობიან. აირჩიეთ ყველაფერი, რაც შეესაბამება, შემდეგ დააჭირეთ „მზადაა“ (ან „გამოტოვება“). ეს ანონიმური რჩება.
group-women-who-use-drugs = ქალი, რომელიც ნარკოტიკებს მოიხმარს
group-sex-workers = სექს-მუშაკი
group-violence-survivors = ძალადობაგადატანილი ადამიანი
group-lgbtqi = ლგბტქი+ ადამიანი
group-displaced = დევნილი ან კონფლიქტით დაზარალებული
screen-prefer-not = მირჩევნია, არ ვთქვა
screen-ask-language = რომელ ენაზე გსურთ სერვისთან ურთიერთობა?
screen-language-mine = ამ ჩატის ენა
screen-language-any = ნებისმიერი ენა
screen-ask-prefs = კიდევ რამე მნიშვნელოვანია თქვენთვის? აირჩიეთ, რაც გსურთ, შემდეგ დააჭირეთ „მზადაა“ (ან „გამოტოვება“).
pref-free = მხოლოდ უფასო
pref-anonymous = სახელის თქმის გარეშე

## შედეგები
results-next = რისი გაკეთება გსურთ შემდეგ?
results-more = მეტის ჩვენება
results-talk = ამაზე ადამიანთან საუბარი
results-refine = ძიების დაზუსტება
results-follow-up = მოგვიანებით მკითხეთ, როგორ ჩაიარა
results-found = { $count ->
        [one] თქვენს პასუხებს ეს სერვისი შეესაბამება:
       *[other] თქვენს პასუხებს ეს სერვისები შეესაბამება:
    }
results-widened-nearby = არჩეულ ქალაქში შესაფერისი ვერაფერი მოიძებნა, ამიტომ აი, რა არის ახლომდებარე ქალაქებში:
results-widened-filters = თქვენს ყველა არჩევანს ვერაფერი შეესაბამება, ამიტომ აი, რა შეესაბამება ნაკლები პირობით:
results-widened-both = აქ ვერაფერი შეესაბამება ყველა თქვენს არჩევანს, ამიტომ გთავაზობთ მსგავს სერვისებს ახლომდებარე ქალაქებში:
results-none =
    სამწუხაროდ, ცნობარში შესაფერისი ჯერ არაფერია. გუნდის წევრს შეუძლია დაგეხმაროთ რამის მოძებნაში; დააჭირეთ „ამაზე ადამიანთან საუბარი“.
results-no-more = ეს არის ყველაფერი, რაც შეესაბამება. გუნდის წევრს შეუძლია დაგეხმაროთ, კიდევ მოძებნოთ.

## ერთი სერვისი, ბარათის სახით
card-title = { $number }. { $name } — { $organization }
card-example = (სანიმუშო ჩანაწერი: ეს რეალური სერვისი არ არის)
card-why = ✓ { $reasons }
card-address = 📍 { $address }
card-map = { $url }
card-confidential = 📍 მისამართს ტელეფონით გეტყვიან.
card-remote = 📞 ტელეფონით ან ონლაინ, ნებისმიერი ადგილიდან.
card-phone = ☎ { $phones }
card-hours = 🕒 { $hours }
card-hours-unknown = 🕒 სამუშაო საათები ტელეფონით დააზუსტეთ.
card-stale = ⚠ ეს ინფორმაცია ერთ წელზე მეტია არ შემოწმებულა: გთხოვთ, მისვლამდე დარეკოთ.
card-open-now = ახლა ღიაა
card-closed-now = ახლა დაკეტილია
card-fees = 💳 { $fees }
reason-need = { $need ->
        [legal] იურიდიული დახმარება
        [medical] სამედიცინო დახმარება
        [testing] ტესტირება
        [harm_reduction] ზიანის შემცირება
        [mental_health] ფსიქიკური ჯანმრთელობა
        [shelter] თავშესაფარი
        [violence_support] მხარდაჭერა ძალადობის შემდეგ
        [documents_police] დოკუმენტები და პოლიცია
        [work_money] სამუშაო და ფული
        [work_jobs] დასაქმება და გადამზადება
        [work_finance] ფინანსური განათლება და სესხი
        [work_childcare] ბავშვის მოვლა
        [work_housing] საცხოვრებელი
        [work_business] ბიზნესის დაწყება
        [work_mentoring] მენტორობა
        [lgbtqi_care] დახმარება ლგბტქი+ და ტრანს ადამიანებისთვის
       *[other] დახმარება
    }
reason-city = ქალაქი: { $city }
reason-near = { $km } კმ-ის მოშორებით
reason-remote = ტელეფონით ან ონლაინ
reason-language = { $language ->
        [ka] საუბრობენ ქართულად
        [ru] საუბრობენ რუსულად
        [en] საუბრობენ ინგლისურად
        [az] საუბრობენ აზერბაიჯანულად
        [hy] საუბრობენ სომხურად
        [uk] საუბრობენ უკრაინულად
        [bg] საუბრობენ ბულგარულად
       *[other] საუბრობენ თქვენს ენაზე
    }
reason-free = უფასო
reason-anonymous = სახელი საჭირო არ არის
reason-friendly-to = { $group ->
        [women_who_use_drugs] კეთილგანწყობილია ქალების მიმართ, რომლებიც ნარკოტიკებს მოიხმარენ
        [sex_workers] კეთილგანწყობილია სექს-მუშაკების მიმართ
        [violence_survivors] აქვს ძალადობაგადატანილ ადამიანებთან მუშაობის გამოცდილება
        [lgbtqi] კეთილგანწყობილია ლგბტქი+ ადამიანების მიმართ
        [displaced] გამოცდილი დევნილებთან და კონფლიქტით დაზარალებულებთან მუშაობაში
       *[other] კეთილგანწყობილია თქვენნაირი ადამიანების მიმართ
    }
reason-open-now = ახლა ღიაა
reason-reported-friendly = ადამიანები ამბობენ, რომ პატივისცემით მოეპყრნენ
reason-verified = შემოწმებულია: { $date }

## განმეორებითი კითხვა, მხოლოდ თანხმობით
followup-consent =
    შეგვიძლია { $followup_days ->
        [one] { $followup_days } დღეში
       *[other] { $followup_days } დღეში
    } ერთი მოკლე შეტყობინება გამოგიგზავნოთ, რომ გკითხოთ, როგორ ჩაიარა? სანამ არ გვიპასუხებთ, მასში მხოლოდ „გამარჯობა, Gza გწერთ“ ეწერება. თუ მანამდე /exit ან /forget ბრძანებას გამოიყენებთ, არ მოგწერთ.
followup-consent-yes = დიახ, ერთი შეტყობინება
followup-consent-no = არა, გმადლობთ
followup-agreed = გმადლობთ. მოგწერთ ერთხელ და მეტს აღარასდროს, თუ თავად არ გვთხოვთ.
followup-web-unavailable = ვებ-ჩატით მოგვიანებით ვერ დაგიკავშირდებით, ამიტომ აქ განმეორებით შეტყობინებას არ გამოგიგზავნით. შეგიძლიათ ნებისმიერ დროს დაბრუნდეთ.
followup-nothing = საკითხავი ჯერ არაფერია: ჯერ მოძებნეთ სერვისები, შემდეგ კი შევძლებთ გკითხოთ, როგორ ჩაიარა.
followup-hello = გამარჯობა, Gza გწერთ. შეგვიძლია მოკლე კითხვა დაგისვათ?
followup-hello-yes = დიახ
followup-hello-no = ახლა არა
followup-which =
    რამდენიმე დღის წინ აქ ეს სერვისები ნახეთ. რომელ მათგანს დაუკავშირდით?
    { $followup_services }
followup-pick-1 = პირველს
followup-pick-2 = მეორეს
followup-pick-3 = მესამეს
followup-pick-none = არცერთს
followup-respect = იქ პატივისცემით მოგეპყრნენ?
followup-respect-yes = დიახ
followup-respect-no = არა
followup-thanks = გმადლობთ. თქვენი პასუხი სხვებს ეხმარება, იპოვონ სერვისები, სადაც ადამიანებს კარგად ეპყრობიან.
followup-sorry =
    ძალიან ვწუხვართ, რომ ეს მოხდა. ამის შესახებ ვეტყვით მათ, ვინც სერვისებს ამოწმებს, ისე, რომ არ ვიტყვით, ვინ ხართ. გსურთ ადამიანთან საუბარი?

## კურატორები: ცნობარის აქტუალურად შენახვა, ბოტთან პირად ჩატში

curator-only = ეს მხოლოდ ცნობარის კურატორებისთვისაა.
curator-help =
    ცნობარის მართვა.
    სერვისის მოსაძებნად გამოგზავნეთ მისი სახელის ნაწილი ნებისმიერ ენაზე ან მისი id.
    /queue: საჩივრები უპატივცემულო მოპყრობაზე და ჩანაწერები, რომლებიც { $days } ან მეტი დღის განმავლობაში არ შემოწმებულა.
    /cancel: რედაქტირების შეწყვეტა.
    /console: ერთჯერადი ბმული ცნობარზე ბრაუზერში.
curator-button-queue = რიგი
curator-found = ნაპოვნია: { $count }; ნაჩვენებია: { $shown }. აირჩიეთ ერთ-ერთი ან დაამატეთ სიტყვა ძიების დასაზუსტებლად.
curator-found-none = მოთხოვნით „{ $query }“ ვერაფერი მოიძებნა. სცადეთ სახელის ნაწილი ნებისმიერ ენაზე ან id.
curator-card =
    { $name } — { $organization }
    id: { $id }
    სტატუსი: { $status }
    შემოწმებულია: { $verified } ({ $days ->
        [0] დღეს
        [one] { $days } დღის წინ
       *[other] { $days } დღის წინ
    })
    ტელეფონები: { $phones }
    სამუშაო საათები: { $hours }
    ენები: { $languages }
    საჭიროებები: { $needs }
    ღია საჩივრები უპატივცემულო მოპყრობაზე: { $reports }
curator-status-active = აქტიური
curator-status-temporarily-closed = დროებით დახურულია
curator-status-inactive = არააქტიური
curator-status-defunct = საბოლოოდ დახურულია
curator-button-verify = ✓ დღეს შემოწმდა
curator-button-close = დროებით დახურვა
curator-button-reopen = ხელახლა გახსნა
curator-button-phone = ☎ ტელეფონი
curator-button-hours = 🕒 საათები
curator-button-languages = 🗣 ენები
curator-button-seen = საჩივრები განხილულია
curator-button-save = შენახვა
curator-button-cancel = გაუქმება
curator-ask-phone = { $name }: გამოგზავნეთ ახალი ტელეფონის ნომერი, მაგალითად +995 32 200 00 00. ახლა: { $current }. /cancel — ნომერი არ შეიცვლება.
curator-bad-phone = „{ $value }“ ტელეფონის ნომერი არ არის: გამოიყენეთ ციფრები, ჰარები და + ( ) -, მაგალითად +995 32 200 00 00. სცადეთ ხელახლა ან გამოგზავნეთ /cancel.
curator-ask-hours = { $name }: გამოგზავნეთ სამუშაო საათები, მაგალითად: ორშ-პარ 10:00-18:00; შაბ 10:00-14:00. ან 24/7, ან „წინასწარი ჩაწერით“. ახლა: { $current }. /cancel — საათები არ შეიცვლება.
curator-bad-hours = სამუშაო საათების წაკითხვა ვერ მოხერხდა ({ $reason }). დაწერეთ ასე: ორშ-პარ 10:00-18:00; შაბ 10:00-14:00. სცადეთ ხელახლა ან გამოგზავნეთ /cancel.
curator-ask-languages = { $name }: რომელ ენებზე საუბრობენ? მონიშნეთ ისინი, შემდეგ დააჭირეთ „შენახვა“.
curator-no-languages = სერვისს სულ მცირე ერთი ენა უნდა ჰქონდეს: არაფერი შეცვლილა.
curator-saved = შენახულია. { $field }: { $old } → { $new }
curator-nothing-changed = არაფერი შეცვლილა.
curator-cancelled = რედაქტირება გაუქმდა; არაფერი შეცვლილა.
curator-gone = ეს სერვისი ცნობარში აღარ არის.
curator-reports-seen = საჩივრები მონიშნულია განხილულად.
curator-queue-reports = სერვისები საჩივრებით უპატივცემულო მოპყრობაზე: { $count }
curator-queue-report-line = • { $name }: { $count } (ბოლო: { $day })
curator-queue-stale = არ შემოწმებულა { $days } ან მეტი დღის განმავლობაში: { $count }
curator-queue-stale-line = • { $name }: შემოწმებულია { $verified }
curator-queue-empty = მოლოდინში არაფერია: ღია საჩივრები არ არის და ყველა ჩანაწერი ბოლო { $days } დღის განმავლობაში შემოწმდა.
curator-digest-title = ცნობარის ყოველკვირეული შემოწმება.
curator-field-phones = ტელეფონი
curator-field-hours = სამუშაო საათები
curator-field-languages = ენები
curator-field-status = სტატუსი
curator-field-assured-date = შემოწმებულია
curator-field-name = სახელი
curator-field-description = აღწერა
curator-field-organization-id = ორგანიზაცია
curator-field-needs = საჭიროებები
curator-field-friendly-to = ვის მიმართ არის კეთილგანწყობილი
curator-field-free = უფასო
curator-field-anonymous = ანონიმური
curator-field-fees-description = საფასური
curator-field-accessibility = ხელმისაწვდომობა
curator-field-location-ids = მისამართები
curator-field-url = ვებგვერდი
curator-field-service = სერვისი
