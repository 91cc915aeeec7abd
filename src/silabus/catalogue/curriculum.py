"""The program and its modules: ids, prerequisites, lesson hours, text (C)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS = [
    Problem(
        "C001",
        "the text of '{field}' has {problem}",
        "teks '{field}' berisi {problem}",
        "simplify the text; a description needs only paragraphs, short lists and a few links",
        "sederhanakan teksnya; sebuah deskripsi cukup berisi paragraf, daftar pendek, dan "
        "beberapa tautan",
    ),
    Problem(
        "C002",
        "the line '{name}: …' is part of the text of '{field}'",
        "baris '{name}: …' menjadi bagian dari teks '{field}'",
        "if '{name}' is meant as a field of its own, remove its indentation so that it starts "
        "where the other fields start",
        "jika '{name}' dimaksudkan sebagai kolom tersendiri, hapus indentasinya agar baris itu "
        "dimulai sejajar dengan kolom-kolom lainnya",
    ),
    Problem(
        "C003",
        "a code block in '{field}' is not read as one: its fence lines (```) would show as text",
        "blok kode di '{field}' tidak terbaca sebagai blok kode: baris pembatasnya (```) akan "
        "tampil sebagai teks",
        "outside a list, start the fence at the beginning of the line; in a list item, indent "
        "the fence lines and the code as far as the item's text (4 spaces)",
        "di luar daftar, mulai baris pembatas di awal baris; di dalam butir daftar, indentasikan "
        "baris pembatas dan kodenya sejauh teks butir itu (4 spasi)",
    ),
    Problem(
        "C004",
        "{what} in '{field}' is left out of the page",
        "{what} di '{field}' tidak ikut ditampilkan di halaman",
        "curriculum text may use Markdown (bold, lists, tables, notes, code), links to http, "
        "https or mailto addresses or to the course by id (modul:…), and figures saved in the "
        "module's folder; see the trainer guide",
        "teks kurikulum boleh memakai Markdown (huruf tebal, daftar, tabel, catatan, kode), "
        "tautan ke alamat http, https, atau mailto atau ke bagian pelatihan melalui id-nya "
        "(modul:…), dan gambar yang disimpan di folder modul; lihat panduan pelatih",
    ),
    Problem(
        "C005",
        "the {kind} id '{id}' is used twice (first on line {line})",
        "id {kind} '{id}' dipakai dua kali (pertama kali di baris {line})",
        "give each {kind} its own id",
        "beri setiap {kind} id-nya sendiri",
    ),
    Problem(
        "C006",
        "'index' cannot be the id of a {kind}",
        "'index' tidak dapat dipakai sebagai id {kind}",
        "choose another id, and name the file after it",
        "pilih id lain, lalu beri nama berkas sesuai id itu",
    ),
    Problem(
        "C007",
        "the {kind} id '{id}' differs from its file name '{stem}'",
        "id {kind} '{id}' berbeda dengan nama berkasnya '{stem}'",
        "rename the file to {renamed} or change the id to '{stem}'",
        "ganti nama berkas menjadi {renamed} atau ubah id menjadi '{stem}'",
    ),
    Problem(
        "C008",
        "the {kind} id '{id}' is also used by {path}",
        "id {kind} '{id}' juga dipakai oleh {path}",
        "give each {kind} its own id",
        "beri setiap {kind} id-nya sendiri",
    ),
    Problem(
        "C009",
        "'{entry}' is listed twice in '{field}'",
        "'{entry}' tercantum dua kali di '{field}'",
        "remove the second one",
        "hapus yang kedua",
    ),
    Problem(
        "C010",
        "the {what} does not add up: {parts} = {sum}, but total is {total}",
        "{what} tidak cocok dengan totalnya: {parts} = {sum}, tetapi total bernilai {total}",
        "make the parts add up to the total, or leave the split out",
        "sesuaikan bagian-bagiannya agar jumlahnya sama dengan total, atau hapus pembagiannya",
    ),
    Problem(
        "C011",
        "question {number} has no right answer",
        "pertanyaan ke-{number} tidak memiliki jawaban yang benar",
        "add 'correct: true' under the right choice",
        "tambahkan 'correct: true' di bawah pilihan yang benar",
    ),
    Problem(
        "C012",
        "the tag '{tag}' is not in tags_allowed of mkdocs.yml",
        "tag '{tag}' tidak ada di tags_allowed dalam mkdocs.yml",
        "use one of the allowed tags, or add it to tags_allowed under the tags plugin in "
        "mkdocs.yml (in quotes if it looks like a number)",
        "pakai salah satu tag yang diizinkan, atau tambahkan tag itu ke tags_allowed di bawah "
        "plugin tags dalam mkdocs.yml (dalam tanda petik jika tampak seperti angka)",
    ),
    Problem(
        "C013",
        "agenda '{agenda}' lists the module '{module}', which does not exist",
        "agenda '{agenda}' mencantumkan modul '{module}', padahal modul itu tidak ada",
        "create curriculum/modules/{module}.yml, or remove it from the list",
        "buat curriculum/modules/{module}.yml, atau hapus modul itu dari daftar",
    ),
    Problem(
        "C014",
        "the module '{module}' is already listed {where}",
        "modul '{module}' sudah tercantum {where}",
        "a module belongs to exactly one agenda; remove one of the two entries",
        "satu modul hanya boleh berada di satu agenda; hapus salah satu dari kedua butir itu",
    ),
    Problem(
        "C015",
        "the module '{module}' is not in any agenda",
        "modul '{module}' tidak ada di agenda mana pun",
        "add '{module}' to the modules of an agenda in {program}",
        "tambahkan '{module}' ke daftar modul salah satu agenda di {program}",
    ),
    Problem(
        "C016",
        "the program's language is '{language}', but the site is in '{site}' "
        "(theme.language in mkdocs.yml)",
        "bahasa program adalah '{language}', tetapi situs memakai '{site}' "
        "(theme.language di mkdocs.yml)",
        "make them agree: set 'language: {language}' under 'theme:' in mkdocs.yml, "
        "or 'language: {labels}' here",
        "samakan keduanya: tulis 'language: {language}' di bawah 'theme:' dalam mkdocs.yml, "
        "atau 'language: {labels}' di sini",
    ),
    Problem(
        "C017",
        "the agenda id '{id}' is used twice",
        "id agenda '{id}' dipakai dua kali",
        "the first is agenda {first}; give each agenda its own id",
        "yang pertama adalah agenda ke-{first}; beri setiap agenda id-nya sendiri",
    ),
    Problem(
        "C018",
        "the prerequisite '{prerequisite}' is not a module",
        "prasyarat '{prerequisite}' bukan modul",
        "use the id of a module in curriculum/modules/",
        "pakai id salah satu modul di curriculum/modules/",
    ),
    Problem(
        "C019",
        "the module '{module}' lists itself as a prerequisite",
        "modul '{module}' mencantumkan dirinya sendiri sebagai prasyarat",
        "remove it from its own prerequisites",
        "hapus modul itu dari daftar prasyaratnya sendiri",
    ),
    Problem(
        "C020",
        "the prerequisite '{prerequisite}' is taught after '{module}'",
        "prasyarat '{prerequisite}' diajarkan setelah '{module}'",
        "move one of them in the agendas of program.yml, or drop the prerequisite",
        "pindahkan salah satunya dalam agenda di program.yml, atau hapus prasyarat itu",
    ),
    Problem(
        "C021",
        "the prerequisites form a cycle: {cycle}",
        "prasyarat membentuk lingkaran: {cycle}",
        "a module cannot need, directly or indirectly, a module that needs it; "
        "remove one prerequisite of the cycle",
        "sebuah modul tidak boleh membutuhkan, langsung maupun tidak langsung, modul yang "
        "membutuhkannya; hapus salah satu prasyarat dalam lingkaran itu",
    ),
    Problem(
        "C022",
        "'jp_minutes' does not apply: this program counts time in minutes ('time_unit: minutes')",
        "'jp_minutes' tidak berlaku: program ini menghitung waktu dalam menit "
        "('time_unit: minutes')",
        "remove the line 'jp_minutes', or write 'time_unit: jp' to count in JP",
        "hapus baris 'jp_minutes', atau tulis 'time_unit: jp' untuk menghitung dalam JP",
    ),
    Problem(
        "C023",
        "this module states its length as '{written}', but the program counts time in "
        "{unit_name} ('time_unit: {unit}' in program.yml)",
        "modul ini menulis lamanya sebagai '{written}', padahal program menghitung waktu "
        "dalam {unit_name} ('time_unit: {unit}' di program.yml)",
        "{fix}",
        "{fix}",
    ),
    Problem(
        "C030",
        "'{value}' is not one of the program's values ({ids})",
        "'{value}' bukan salah satu nilai program ({ids})",
    ),
    Problem(
        "C031",
        "this module cites core values, but the program ({program}) defines none",
        "mata pelatihan ini mencantumkan nilai, tetapi program ({program}) tidak menetapkan "
        "nilai apa pun",
    ),
    Problem(
        "C032",
        "the values '{first}' and '{second}' are both titled '{title}': their modules would "
        "be listed under one tag",
        "nilai '{first}' dan '{second}' sama-sama berjudul '{title}': mata pelatihannya akan "
        "terdaftar di bawah satu label",
        "give each value a title of its own",
        "beri setiap nilai judulnya sendiri",
    ),
    Problem(
        "C033",
        "'{value}' is not a set of values Silabus knows",
        "'{value}' bukan kumpulan nilai yang dikenal Silabus",
    ),
    # A program lists its modules in agendas or directly, as `modules` (C040-C049).
    Problem(
        "C040",
        "the program lists both 'agendas' and 'modules'",
        "program mencantumkan 'agendas' dan 'modules' sekaligus",
        "keep one of them: 'agendas' when the modules are grouped (each agenda lists its own "
        "'modules'), or 'modules' alone when they come directly under the program",
        "pilih salah satu: 'agendas' bila modul dikelompokkan (setiap agenda mencantumkan "
        "'modules'-nya sendiri), atau 'modules' saja bila modul langsung berada di bawah program",
    ),
    Problem(
        "C041",
        "the program lists no modules: it needs 'agendas' or 'modules'",
        "program tidak mencantumkan modul: tulis 'agendas' atau 'modules'",
        "list the module ids in teaching order under 'modules:', or group them under "
        "'agendas:', each agenda with its id, title and modules",
        "cantumkan id modul sesuai urutan pembelajaran di bawah 'modules:', atau kelompokkan "
        "di bawah 'agendas:', setiap agenda dengan id, title, dan modules-nya",
    ),
    Problem(
        "C042",
        "the program lists the module '{module}', which does not exist",
        "program mencantumkan modul '{module}', padahal modul itu tidak ada",
        "create curriculum/modules/{module}.yml, or remove it from the list",
        "buat curriculum/modules/{module}.yml, atau hapus modul itu dari daftar",
    ),
    Problem(
        "C043",
        "the module '{module}' is not in the program's modules",
        "modul '{module}' tidak tercantum dalam daftar modul program",
        "add '{module}' to 'modules' in {program}",
        "tambahkan '{module}' ke 'modules' di {program}",
    ),
    Problem(
        "C044",
        "agenda_label gives only the word for one group, '{one}'; English pages also need "
        "the word for several",
        "agenda_label hanya memberi sebutan untuk satu kelompok, '{one}'; halaman berbahasa "
        "Inggris juga memerlukan sebutan untuk beberapa kelompok",
        "write both forms: 'agenda_label: {{one: {one}, many: {one}s}}', with the plural "
        "spelt as it should be",
        "tulis kedua bentuknya: 'agenda_label: {{one: {one}, many: {one}s}}', dengan bentuk "
        "jamak yang ejaannya benar",
    ),
    Problem(
        "C045",
        "agenda_label names the agendas, but this program has none",
        "agenda_label memberi sebutan untuk agenda, padahal program ini tidak memiliki agenda",
        "remove agenda_label, or group the modules under 'agendas:'",
        "hapus agenda_label, atau kelompokkan modul di bawah 'agendas:'",
    ),
    Problem(
        "C046",
        "a list does not say which word is for one group and which for several",
        "daftar tidak menunjukkan sebutan mana untuk satu kelompok dan mana untuk beberapa",
    ),
    # The fee and the organizer's website, for the course data (C050-C056).
    Problem(
        "C050",
        "'{value}' is not a fee Silabus understands",
        "'{value}' bukan biaya yang dipahami Silabus",
    ),
    Problem(
        "C051",
        "a fee of {amount} needs its currency",
        "biaya {amount} perlu disertai mata uangnya",
    ),
    Problem(
        "C052",
        "'{currency}' is not a currency code (ISO 4217)",
        "'{currency}' bukan kode mata uang (ISO 4217)",
    ),
    Problem(
        "C053",
        "'organizer_url' is not a web address",
        "'organizer_url' bukan alamat web",
        "write the organizer's website in full, starting with https://, such as "
        "'organizer_url: https://bpsdm.example.go.id/'",
        "tulis alamat situs web penyelenggara selengkapnya, diawali https://, misalnya "
        "'organizer_url: https://bpsdm.example.go.id/'",
    ),
    Problem(
        "C054",
        "'organizer_url' gives the organizer's website, but the program does not name the "
        "organizer",
        "'organizer_url' menyebut situs web penyelenggara, tetapi program tidak menyebut nama "
        "penyelenggaranya",
        "write the organization's name under 'organizer:'; search engines show the two together",
        "tulis nama lembaganya di 'organizer:'; mesin pencari menampilkan keduanya bersama-sama",
    ),
    Problem(
        "C055",
        "a fee cannot be less than 0 ({amount})",
        "biaya tidak boleh kurang dari 0 ({amount})",
    ),
    Problem(
        "C056",
        "a fee of {amount} {currency} cannot be paid: {currency} is counted to {digits} "
        "decimal places",
        "biaya {amount} {currency} tidak dapat dibayarkan: {currency} dihitung sampai "
        "{digits} angka di belakang koma",
    ),
]

PHRASES = [
    # A module's length in the other unit (C010, C023).
    Phrase("curriculum.split.jp", "JP split", "pembagian JP"),
    Phrase("curriculum.split.minutes", "split of minutes", "pembagian menit"),
    Phrase(
        "curriculum.hint.to-minutes",
        "write 'minutes: {minutes}' instead of 'jp: {jp}', or remove 'time_unit: minutes' "
        "from program.yml to count in JP",
        "tulis 'minutes: {minutes}' sebagai ganti 'jp: {jp}', atau hapus 'time_unit: "
        "minutes' dari program.yml untuk menghitung dalam JP",
    ),
    Phrase(
        "curriculum.hint.to-jp",
        "write 'jp: ...' instead (1 JP = {jp_minutes} minutes), or write 'time_unit: "
        "minutes' in program.yml to count in minutes",
        "tulis 'jp: ...' sebagai gantinya (1 JP = {jp_minutes} menit), atau tulis "
        "'time_unit: minutes' di program.yml untuk menghitung dalam menit",
    ),
    # How to write a fee (C050, C051, C052, C055).
    Phrase(
        "curriculum.hint.fee-forms",
        "write 'fee: free' (or 0) for a course without a fee, or its amount and currency: "
        "'fee: {{amount: 3500000, currency: IDR}}'",
        "tulis 'fee: gratis' (atau 0) untuk pelatihan tanpa biaya, atau besarnya dengan mata "
        "uangnya: 'fee: {{amount: 3500000, currency: IDR}}'",
    ),
    Phrase(
        "curriculum.hint.fee-as-amount",
        "write the amount without separators and the currency's code: "
        "'fee: {{amount: {amount}, currency: {currency}}}'",
        "tulis besarnya tanpa titik ribuan dan kode mata uangnya: "
        "'fee: {{amount: {amount}, currency: {currency}}}'",
    ),
    Phrase(
        "curriculum.hint.fee-digits",
        "round the amount to what can be paid: 'amount: {rounded}'",
        "bulatkan besarnya menjadi jumlah yang dapat dibayarkan: 'amount: {rounded}'",
    ),
    Phrase(
        "curriculum.hint.fee-currency",
        "write 'fee: {{amount: {amount}, currency: IDR}}' with the three-letter code of its "
        "currency (IDR for rupiah)",
        "tulis 'fee: {{amount: {amount}, currency: IDR}}' dengan kode tiga huruf mata uangnya "
        "(IDR untuk rupiah)",
    ),
    Phrase(
        "curriculum.hint.currency-for",
        "write its ISO 4217 code: 'currency: {code}'",
        "tulis kode ISO 4217-nya: 'currency: {code}'",
    ),
    Phrase(
        "curriculum.hint.currency-code",
        "write the currency's three-letter code: IDR for rupiah, USD for US dollars, EUR for euros",
        "tulis kode tiga huruf mata uangnya: IDR untuk rupiah, USD untuk dolar Amerika, EUR "
        "untuk euro",
    ),
    # What an id names, put into the messages about ids.
    Phrase("curriculum.kind.module", "module", "modul"),
    Phrase("curriculum.kind.cohort", "cohort", "angkatan"),
    Phrase("curriculum.kind.worksheet", "worksheet", "lembar kerja"),
    Phrase("curriculum.kind.term", "term", "istilah"),
    Phrase("curriculum.kind.reference", "reference", "referensi"),
    Phrase("curriculum.kind.value", "value", "nilai"),
    # Hints for a case.
    Phrase(
        "curriculum.hint.add-to-list",
        "add it to {file}, or correct the id",
        "tambahkan ke {file}, atau perbaiki id-nya",
    ),
    Phrase(
        "curriculum.hint.reserved-file-name",
        "rename the file to {renamed} ('{stem}' is a name Windows reserves)",
        "ganti nama berkas menjadi {renamed} ('{stem}' adalah nama yang dicadangkan Windows)",
    ),
    Phrase(
        "curriculum.hint.invalid-file-name",
        "rename the file to {renamed} (a file name must be a valid id too)",
        "ganti nama berkas menjadi {renamed} (nama berkas juga harus berupa id yang sah)",
    ),
    Phrase(
        "curriculum.hint.old-copy",
        "if one file is an old copy, delete it; otherwise give each {kind} its own id",
        "jika salah satu berkas adalah salinan lama, hapus berkas itu; jika bukan, beri setiap "
        "{kind} id-nya sendiri",
    ),
    Phrase(
        "curriculum.hint.missing-module",
        "did you mean '{suggestion}'? If not, create curriculum/modules/{module}.yml, or remove "
        "it from the list",
        "maksud Anda '{suggestion}'? Jika bukan, buat curriculum/modules/{module}.yml, atau hapus "
        "modul itu dari daftar",
    ),
    Phrase(
        "curriculum.hint.misspelt-module",
        "{program} line {line} lists '{misspelt}'; is that meant to be '{module}'?",
        "baris {line} di {program} mencantumkan '{misspelt}'; apakah maksudnya '{module}'?",
    ),
    Phrase(
        "curriculum.hint.add-value",
        "add it under 'values:' in {program}, or correct the id",
        "tambahkan nilai itu di bawah 'values:' dalam {program}, atau perbaiki id-nya",
    ),
    Phrase(
        "curriculum.hint.define-values",
        "list the organization's values under 'values:' in {program}, each with an id and a "
        "title (or write 'values: berakhlak' for the BerAKHLAK core values), or remove "
        "'core_values' here",
        "tuliskan nilai organisasi di bawah 'values:' dalam {program}, masing-masing dengan id "
        "dan title (atau tulis 'values: berakhlak' untuk nilai dasar BerAKHLAK), atau hapus "
        "'core_values' di sini",
    ),
    # Where a module was listed first.
    Phrase("curriculum.where.same-agenda", "earlier in this agenda", "sebelumnya di agenda ini"),
    Phrase("curriculum.where.other-agenda", "in agenda '{agenda}'", "di agenda '{agenda}'"),
    Phrase(
        "curriculum.hint.agenda-label-forms",
        "write one word, 'agenda_label: Unit', or both forms, "
        "'agenda_label: {{one: Part, many: Parts}}'",
        "tulis satu kata, 'agenda_label: Unit', atau kedua bentuknya, "
        "'agenda_label: {{one: Part, many: Parts}}'",
    ),
    Phrase(
        "curriculum.hint.reorder-modules",
        "move one of them in the modules of program.yml, or drop the prerequisite",
        "pindahkan salah satunya dalam daftar modul di program.yml, atau hapus prasyarat itu",
    ),
]
