# Evidence for the monthly figures: the kind of violence staff may record at closing (GBVIMS
# incident types, in their order of elimination), and the person's own "count my answers".
staff-already-closed = ეს შემთხვევა უკვე დახურულია.
staff-violence-ask = არასავალდებულო, თვის მონაცემებისთვის: ძალადობის რა სახე გაამხილა ადამიანმა? ჩაწერეთ მხოლოდ ის, რაც თავად გითხრათ; ნუ სთხოვთ, თავად დაარქვას სახელი.
staff-violence = { $kind ->
       [rape] გაუპატიურება
       [sexual_assault] სექსუალური თავდასხმა
       [physical_assault] ფიზიკური თავდასხმა
       [forced_marriage] იძულებითი ქორწინება
       [denial_of_resources] რესურსების, შესაძლებლობების ან მომსახურების შეზღუდვა
       [psychological_abuse] ფსიქოლოგიური ან ემოციური ძალადობა
       [not_violence] არ არის ძალადობა
      *[not_disclosed] არ გაუმხელია
    }
staff-violence-noted = ჩაიწერა მონაცემებისთვის: { $kind } ({ $alias }).
staff-violence-already = ამ შემთხვევისთვის ძალადობის სახე უკვე ჩაწერილია.
staff-violence-how = აირჩიეთ ძალადობის სახე დახურვის შენიშვნის ქვეშ მოცემული ღილაკებით.
