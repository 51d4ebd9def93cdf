# Щомісячний звіт для керівників (`gza report`): цифри, у яких нікого не впізнати.
report-lang = uk
report-title = Gza: цифри за місяць, { $month }
report-method = Кожне число показує, скільки різних людей дали цю відповідь протягом місяця на запитання бота. У цих цифрах немає ні імен, ні чатів, ні повідомлень: їх пораховано з відповідей, що зберігаються під кодом, а самі відповіді видаляються за графіком.
report-hidden-rule = { $hidden } означає, що число приховано. Число показується, лише якщо за ним стоять щонайменше { $k } людей (нуль теж приховується), і разом із ним приховуються ще кілька чисел, щоб приховане число не можна було обчислити з рядків, стовпців і підсумків.
report-several-answers = Одна людина може дати кілька відповідей (наприклад, кілька потреб); у таких таблицях підсумки рахують відповіді, а не людей.
report-unanswered = Без відповіді
report-total = Разом
report-people = Люди
report-dimension-city = Місце
report-dimension-needs = Потреби
report-dimension-groups = Про людину
report-dimension-service-language = Мова послуги
report-dimension-prefs = Побажання
report-method-cases = Звернення враховуються в місяці, коли їх відкрили, взяли або закрили, а час показано лише проміжками. Люди, які попросили не враховувати їхні відповіді, до цих даних не входять.
report-no-bureau = Без бюро (місце не вказано)
report-bureau-title = Gza: дані за місяць — { $bureau }, { $month }
report-bureau-note = Цей звіт — частина звіту по всіх бюро, вирізана з тих самих таблиць: порівняння двох звітів не покаже нічого понад те, що вже видно в загальному.
report-band = { $band ->
     [under_h1] менше години
     [h1_to_4] від 1 до 4 годин
     [h4_to_24] від 4 до 24 годин
    *[over_h24] понад 24 години
    }
report-weekday = { $day ->
     [mon] понеділок
     [tue] вівторок
     [wed] середа
     [thu] четвер
     [fri] пʼятниця
     [sat] субота
    *[sun] неділя
    }
report-opening = { $open ->
     [open] бюро відчинене
    *[closed] бюро зачинене
    }
report-answer = { $answer ->
     [yes] так
    *[no] ні
     [not_reached] не дісталися до служби
    }
report-dimension-bureau = Бюро
report-dimension-rights-topic = Прочитана тема про права
report-dimension-contact-hour = Година відкриття звернення (за часом бюро)
report-dimension-contact-weekday = День тижня відкриття звернення
report-dimension-contact-hours = Звернення відкрито, коли
report-dimension-take-time = Час, доки звернення взяла людина
report-dimension-close-outcome = Результат закритих звернень
report-dimension-close-time = Час від відкриття до закриття
report-dimension-violence-type = Розкритий вид насильства (типи GBVIMS)
report-dimension-followup-type = Вид послуги
report-dimension-followup-reached = Дісталися до служби
report-dimension-followup-respected = Поставилися з повагою
report-dimension-disrespect-type = Повідомлення про неповагу: вид послуги
report-dimension-disrespect-city = Повідомлення про неповагу: місце
report-charts = Діаграми
report-chart-city-needs = Люди за місцем і потребою
report-chart-months = Люди, які шукали допомогу, за місяцями
report-chart-disrespect = Повідомлення про неповагу за видом послуги
report-chart-take-time = Час, доки звернення взяла людина
report-chart-contact-hours = Відкриті звернення за годинами; затінено: години роботи бюро
report-chart-open = години роботи
report-chart-hidden = Приховані числа ({ $hidden }) до діаграм не включено.
