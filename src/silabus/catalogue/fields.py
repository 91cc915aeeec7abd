"""Fields and values a schema checks (S)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS = [
    Problem(
        "S001",
        "this is a {kind} file, in the wrong folder",
        "ini berkas {kind}, tetapi ada di folder yang salah",
        "move it to curriculum/{folder}/",
        "pindahkan ke curriculum/{folder}/",
    ),
    Problem("S002", "the file holds no values", "berkas ini tidak berisi nilai apa pun"),
    Problem("S003", "the file is empty", "berkas ini kosong"),
    Problem(
        "S004",
        "expected a mapping of 'key: value' lines, found {found}",
        "seharusnya berupa pemetaan baris 'kunci: nilai', tetapi yang ditemukan adalah {found}",
    ),
    Problem("S005", "unknown field '{field}'", "kolom '{field}' tidak dikenal"),
    # What a field's own check says (a date that is not in the calendar, an id
    # Windows reserves), after the field's name; its hint comes with it. The places
    # are named short: the template has no words to translate.
    Problem("S006", "'{at}': {msg}", "'{at}': {msg}", code_from="msg"),
    Problem(
        "S007",
        "missing required field '{field}'{where}",
        "kolom wajib '{field}' belum ada{where}",
        "add a line '{field}: ...'",
        "tambahkan baris '{field}: ...'",
    ),
    Problem(
        "S008",
        "'{name}' is empty",
        "'{name}' kosong",
        "write a value after '{key}:'",
        "tulis nilai setelah '{key}:'",
    ),
    Problem(
        "S009",
        "'{name}' must be a web address starting with http:// or https://",
        "'{name}' harus berupa alamat web yang diawali http:// atau https://",
        "write the whole address, for example https://jdih.menpan.go.id/, without spaces",
        "tulis alamat lengkapnya, misalnya https://jdih.menpan.go.id/, tanpa spasi",
    ),
    Problem(
        "S010",
        "'{value}' is not a valid id{note}",
        "'{value}' bukan id yang sah{note}",
        "an id uses only lowercase letters a-z, digits and single hyphens{example}",
        "id hanya memakai huruf kecil a-z, angka, dan tanda hubung tunggal{example}",
    ),
    Problem(
        "S011",
        "'{value}' is not a file name Silabus can publish",
        "'{value}' bukan nama berkas yang dapat diterbitkan Silabus",
        "{backslash}write the path from the module's folder, such as 'handout.pdf' or "
        "'berkas/bahan-tayang.pdf', with no \\ : * ? \" < > | or control characters, "
        "no empty folder names and no '/' at the start or the end",
        "{backslash}tulis jalur dari folder modul, misalnya 'handout.pdf' atau "
        "'berkas/bahan-tayang.pdf', tanpa \\ : * ? \" < > | atau karakter kendali, "
        "tanpa nama folder kosong, dan tanpa '/' di awal atau di akhir",
    ),
    Problem(
        "S012",
        "'{name}' must be a whole number, not {found}",
        "'{name}' harus berupa bilangan bulat, bukan {found}",
        "write digits only, for example 12",
        "tulis angka saja, misalnya 12",
    ),
    Problem(
        "S013",
        "'{name}' must be at least {least}, not {value}",
        "'{name}' harus paling sedikit {least}, bukan {value}",
        "write a number of {least} or more",
        "tulis bilangan {least} atau lebih",
    ),
    Problem(
        "S014",
        "'{name}' must be at most {most}, not {value}",
        "'{name}' harus paling banyak {most}, bukan {value}",
        "check for a typing mistake",
        "periksa apakah ada salah ketik",
    ),
    Problem(
        "S015",
        "'{name}' must be {choices}, not {found}",
        "'{name}' harus berupa {choices}, bukan {found}",
    ),
    Problem(
        "S016",
        "'{name}' must be true or false, not {found}",
        "'{name}' harus true atau false, bukan {found}",
        "write true for a right answer; leave the line out otherwise",
        "tulis true untuk jawaban yang benar; untuk jawaban lain, jangan tulis baris ini",
    ),
    Problem(
        "S017",
        "'{name}' must be a list, not {found}",
        "'{name}' harus berupa daftar, bukan {found}",
        "write each item on its own line under '{key}:', starting with '- '",
        "tulis setiap butir pada barisnya sendiri di bawah '{key}:', diawali dengan '- '",
    ),
    Problem(
        "S018",
        "'{name}' must be a mapping of 'key: value' lines, not {found}",
        "'{name}' harus berupa pemetaan baris 'kunci: nilai', bukan {found}",
    ),
    Problem(
        "S019",
        "'{name}' must be text, not {found}",
        "'{name}' harus berupa teks, bukan {found}",
    ),
    Problem(
        "S020",
        "'{name}' must have at least {count} {count:item|items}",
        "'{name}' harus berisi paling sedikit {count} butir",
        "add an item under '{key}:' starting with '- '",
        "tambahkan butir yang diawali '- ' di bawah '{key}:'",
    ),
    Problem(
        "S021",
        "'{name}' is too long (at most {limit} {unit})",
        "'{name}' terlalu panjang (paling banyak {limit} {unit})",
        "shorten it or split it",
        "persingkat atau pecah menjadi beberapa bagian",
    ),
    Problem(
        "S022",
        "'{name}' has no visible character",
        "'{name}' tidak berisi satu pun karakter yang terlihat",
        "write the text with letters or digits; invisible characters do not count",
        "tulis teks dengan huruf atau angka; karakter yang tidak terlihat tidak dihitung",
    ),
    # A problem pydantic names that Silabus does not explain: its own English words.
    Problem(
        "S023",
        "'{at}': {msg}",
        "'{at}': {msg}",
        "see the trainer guide for what this field may hold",
        "lihat panduan pelatih untuk isi yang boleh ditulis di kolom ini",
    ),
    Problem(
        "S024",
        "'{value}' is a name Windows reserves for a device, so no file or folder can be "
        "called that",
        "'{value}' adalah nama yang dicadangkan Windows untuk perangkat, sehingga tidak ada "
        "berkas atau folder yang dapat diberi nama itu",
    ),
    Problem(
        "S025",
        "'{value}' holds {characters}, which a tag cannot hold",
        "'{value}' memuat {characters}, yang tidak boleh ada di dalam tag",
    ),
    Problem(
        "S026",
        "'{value}' is not a file in the module's folder",
        "'{value}' bukan berkas di dalam folder modul",
    ),
    Problem(
        "S027",
        "the section has nothing to fill in",
        "bagian ini tidak memiliki isian",
    ),
]

PHRASES = [
    # What a kind of file starts with, for a file that is empty or not a mapping.
    Phrase(
        "fields.starts.program",
        "a program file starts with lines like 'id: my-program' and 'title: ...'",
        "berkas program diawali baris seperti 'id: my-program' dan 'title: ...'",
    ),
    Phrase(
        "fields.starts.module",
        "a module file starts with lines like 'id: <file name>' and 'title: ...'",
        "berkas modul diawali baris seperti 'id: <nama berkas>' dan 'title: ...'",
    ),
    Phrase(
        "fields.starts.cohort",
        "a cohort file starts with lines like 'id: <file name>' and 'name: ...'",
        "berkas angkatan diawali baris seperti 'id: <nama berkas>' dan 'name: ...'",
    ),
    Phrase(
        "fields.starts.references",
        "a references file starts with 'references:' and items such as '- id: uu-25-2009'",
        "berkas referensi diawali 'references:' dan butir seperti '- id: uu-25-2009'",
    ),
    Phrase(
        "fields.starts.glossary",
        "a glossary starts with 'terms:' and items such as '- id: inovasi'",
        "glosarium diawali 'terms:' dan butir seperti '- id: inovasi'",
    ),
    Phrase(
        "fields.starts.worksheet",
        "a worksheet file starts with lines like 'id: <file name>' and 'title: ...'",
        "berkas lembar kerja diawali baris seperti 'id: <nama berkas>' dan 'title: ...'",
    ),
    # Kinds of file in the wrong folder.
    Phrase("fields.kind.cohort", "cohort", "angkatan"),
    Phrase("fields.kind.module", "module", "modul"),
    # What was written instead of the value a field needs.
    Phrase("fields.nothing", "nothing", "nilai kosong"),
    Phrase("fields.a-mapping", "a mapping", "pemetaan"),
    Phrase("fields.a-list", "a list", "daftar"),
    Phrase("fields.long-number", "a number of {count} digits", "bilangan {count} digit"),
    # Unknown fields.
    Phrase(
        "fields.hint.start-and-end",
        "write the start and the end on lines of their own, such as 'start: 08:00' "
        "and 'end: 09:30'",
        "tulis jam mulai dan jam selesai pada barisnya masing-masing, misalnya "
        "'start: 08:00' dan 'end: 09:30'",
    ),
    Phrase("fields.hint.meant", "did you mean '{field}'?", "maksud Anda '{field}'?"),
    Phrase(
        "fields.hint.meant-english",
        "did you mean '{field}'? Field names are English words.",
        "maksud Anda '{field}'? Nama kolom memakai kata bahasa Inggris.",
    ),
    Phrase(
        "fields.hint.outer-field",
        "'{field}' is a field of {outer}; remove the indentation that puts it inside '{parent}'",
        "'{field}' adalah kolom di {outer}; hapus indentasi yang menempatkannya di dalam "
        "'{parent}'",
    ),
    Phrase("fields.top-level", "the file's top level", "tingkat teratas berkas"),
    Phrase(
        "fields.hint.allowed-fields",
        "the fields allowed here are: {fields}",
        "kolom yang boleh ada di sini: {fields}",
    ),
    # Missing fields.
    Phrase("fields.in-parent", " in '{parent}'", " di '{parent}'"),
    # Ids and file names.
    Phrase("fields.for-example", ", for example '{example}'", ", misalnya '{example}'"),
    Phrase(
        "fields.hint.minutes",
        "write the minutes as one whole number: 90 for an hour and a half",
        "tulis menitnya sebagai satu bilangan bulat: 90 untuk satu setengah jam",
    ),
    Phrase(
        "fields.id.long-dash",
        ": '{char}' is a long dash; ids use the plain '-'",
        ": '{char}' adalah tanda pisah panjang; id memakai tanda '-' biasa",
    ),
    Phrase(
        "fields.id.character",
        ": it holds the character {code}",
        ": di dalamnya ada karakter {code}",
    ),
    Phrase(
        "fields.id.invisible",
        ": it holds the character {code}, which is invisible",
        ": di dalamnya ada karakter {code}, yang tidak terlihat",
    ),
    Phrase(
        "fields.id.mark",
        ": '{char}' has a mark; ids use plain letters a-z",
        ": '{char}' memiliki tanda diakritik; id memakai huruf biasa a-z",
    ),
    # `letter` is the character's Unicode name, as Unicode writes it (in English).
    Phrase(
        "fields.id.foreign-letter",
        ": '{char}' is a {letter}, not a Latin letter",
        ": '{char}' adalah {letter}, bukan huruf Latin",
    ),
    Phrase(
        "fields.hint.backslash",
        "separate folders with '/', not '\\': ",
        "pisahkan folder dengan '/', bukan '\\': ",
    ),
    # Choices.
    Phrase("fields.or", "{some} or {last}", "{some} atau {last}"),
    Phrase("fields.allowed-values", "one of the allowed values", "salah satu nilai yang diizinkan"),
    Phrase(
        "fields.hint.meant-choice",
        "did you mean '{meant}'? Write one of {choices}{teach}",
        "maksud Anda '{meant}'? Tulis salah satu dari {choices}{teach}",
    ),
    Phrase("fields.hint.choices", "write {choices}{teach}", "tulis {choices}{teach}"),
    Phrase(
        "fields.hint.teach-module",
        "; to teach a module, write 'module: {value}' instead",
        "; untuk mengajarkan modul, tulis 'module: {value}' sebagai gantinya",
    ),
    # Values of the wrong kind.
    Phrase(
        "fields.hint.mapping-lines",
        "write it as lines such as '{first}: ...' (its fields: {fields})",
        "tulis sebagai baris seperti '{first}: ...' (kolomnya: {fields})",
    ),
    Phrase(
        "fields.hint.text-not-list",
        "write the text right after '{key}:', without '- ' or brackets",
        "tulis teksnya tepat setelah '{key}:', tanpa '- ' atau tanda kurung",
    ),
    Phrase(
        "fields.hint.text-in-quotes",
        "if the text contains ': ' or starts with a special character, put it in quotes",
        "jika teks memuat ': ' atau diawali karakter khusus, tulis teks itu di antara tanda petik",
    ),
    Phrase("fields.unit.characters", "characters", "karakter"),
    Phrase("fields.unit.items", "items", "butir"),
    # A field's own checks (model.py), shown after the field's name (S006).
    Phrase(
        "fields.hint.value-set",
        "write 'berakhlak' for the BerAKHLAK core values, or list the organization's own "
        "values, each with an id and a title",
        "tulis 'berakhlak' untuk nilai dasar BerAKHLAK, atau daftarkan nilai organisasi "
        "sendiri, masing-masing dengan id dan title",
    ),
    Phrase(
        "fields.hint.device-name",
        "choose another id, such as '{value}-1'",
        "pilih id lain, misalnya '{value}-1'",
    ),
    Phrase(
        "fields.hint.tag-characters",
        "write the tag without & < > \" or \\, for example 'pengaduan dan keluhan'",
        "tulis tag tanpa & < > \" atau \\, misalnya 'pengaduan dan keluhan'",
    ),
    Phrase(
        "fields.hint.outside-module",
        "write the path from the module's folder, such as 'handout.pdf' or "
        "'berkas/bahan-tayang.pdf', without '..' and without hidden folders",
        "tulis jalur dari folder modul, misalnya 'handout.pdf' atau "
        "'berkas/bahan-tayang.pdf', tanpa '..' dan tanpa folder tersembunyi",
    ),
    Phrase(
        "fields.hint.nothing-to-fill-in",
        "add 'prompts:' with at least one '- label: ...', or a 'table:'",
        "tambahkan 'prompts:' dengan paling sedikit satu '- label: ...', atau sebuah 'table:'",
    ),
    # What the editor (yaml-language-server, reading schema/) says, Indonesian first.
    Phrase(
        "fields.editor.date",
        "Not a day of the calendar, or not written YYYY-MM-DD; write for example 2027-02-28.",
        "Tanggal ini tidak ada di kalender, atau tidak ditulis TTTT-BB-HH; tulis misalnya "
        "2027-02-28.",
    ),
    Phrase(
        "fields.editor.time",
        "Write the time as hours:minutes with a colon, for example 07:30.",
        "Tulis jam sebagai jam:menit dengan titik dua, jam 0 sampai 23, misalnya 07:30 "
        "(bukan 7.30).",
    ),
    Phrase(
        "fields.editor.unknown-key",
        "Unknown key; the keys here are: {keys}.",
        "Kunci ini tidak dikenal. Kunci yang dapat dipakai di sini: {keys}.",
    ),
    Phrase(
        "fields.editor.string",
        "Write text here, right after the colon, not a list or 'key: value' lines.",
        "Tulis teks di sini, tepat setelah titik dua, bukan daftar atau baris 'kunci: nilai'.",
    ),
    Phrase(
        "fields.editor.integer",
        "Write a whole number here, digits only, for example 12.",
        "Tulis bilangan bulat di sini, hanya angka, misalnya 12.",
    ),
    Phrase(
        "fields.editor.number",
        "Write a number here, for example 2 or 2.5.",
        "Tulis bilangan di sini, misalnya 2 atau 2.5.",
    ),
    Phrase("fields.editor.boolean", "Write true or false here.", "Tulis true atau false di sini."),
    Phrase(
        "fields.editor.array",
        "Write a list here: each item on its own line under the key, starting with '- '.",
        "Tulis daftar di sini: setiap butir di barisnya sendiri di bawah kuncinya, diawali '- '.",
    ),
    Phrase(
        "fields.editor.object",
        "Write 'key: value' lines here, on the lines under the key, indented.",
        "Tulis baris-baris 'kunci: nilai' di sini, di bawah kuncinya, dengan indentasi.",
    ),
]
