## Konsolda cavab xanası: saxlanmış cavablar (tapmaq üçün / yazın) və kilid ekranı xəbərdarlığı.
canned-what-we-keep-title = Nəyi saxlayırıq və onu kim oxuya bilər
canned-what-we-keep =
    Nəyi saxlayırıq və onu kim oxuya bilər: komanda heç vaxt adınızı, istifadəçi adınızı və ya telefon nömrənizi görmür; biz sizə yalnız öz adımızla yazırıq. Burada yazdıqlarınızı sizə cavab verən komandanın əməkdaşları öz iş söhbətlərində və iş kompüterlərində oxuyurlar. Söhbətin bizdəki surəti şifrələnir və söhbət bitdikdən { $closed_days } gün sonra, /forget yazsanız isə dərhal silinir; komandanın iş söhbətindəki surət komanda onu silənədək qalır. Düymələrlə seçdiyiniz cavablar kod altında saxlanılır, heç vaxt kim olduğunuzla birlikdə yox, və son mesajınızdan { $days } gün sonra silinir. Bu söhbət uçdan-uca şifrələnmir, ona görə də xahiş edirik, başqalarının oxumasını istəmədiyiniz adları və ünvanları yazmayın.
console-canned-label = Saxlanmış cavablar
console-canned-hint = Saxlanmış cavabı tapmaq üçün cavab xanasına / və bir neçə söz yazın; Enter və ya klik onu redaktə etmək üçün xanaya qoyur. Siz özünüz göndərməyincə heç nə göndərilmir.
console-canned-use = Cavab xanasına qoy
console-canned-none = Uyğun saxlanmış cavab yoxdur.
console-canned-results = Yazdığınıza uyğun saxlanmış cavablar
console-lock-warning = Bu cavabın əvvəli insanın telefonunun kilid ekranında görünə bilər və orada “{ $words }” var. Salamla başlayın.
console-ask-lock-screen = Hələ göndərilməyib: cavabınızın əvvəli insanın telefonunun kilid ekranında görünə bilər və orada “{ $words }” var. Əvvəlini dəyişin və ya olduğu kimi göndərin.
console-send-anyway = Olduğu kimi göndər
console-write = Müraciəti götürmək və yazmaq
