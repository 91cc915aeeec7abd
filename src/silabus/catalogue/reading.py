"""YAML syntax and reading files (Y, F)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS = [
    # What PyYAML's syntax errors mean to a trainer (yaml_messages.py).
    Problem(
        "Y001",
        "YAML syntax error: a ': ' inside a value, or a line indented too far",
        "sintaks YAML keliru: ada ': ' di dalam nilai, "
        "atau baris yang indentasinya terlalu jauh ke kanan",
        "a value that contains ': ' must be written in quotes, "
        'for example  title: "Innovation: the basics"; '
        "if this line starts a new key, check its indentation",
        "nilai yang berisi ': ' harus ditulis di antara tanda petik, "
        'misalnya  title: "Inovasi: konsep dasar"; '
        "jika baris ini memulai kunci baru, periksa indentasinya",
    ),
    Problem(
        "Y002",
        "YAML syntax error: a line without 'key: value'",
        "sintaks YAML keliru: baris tanpa 'kunci: nilai'",
        "check the indentation, and look for a quote that is opened but not closed",
        "periksa indentasinya, dan cari tanda petik yang dibuka tetapi tidak ditutup",
    ),
    Problem(
        "Y003",
        "YAML syntax error: this line is not indented like the lines around it",
        "sintaks YAML keliru: indentasi baris ini tidak sama dengan baris di sekitarnya",
        "keys of one mapping and items of one list must start in the same column",
        "kunci dalam satu pemetaan dan butir dalam satu daftar harus dimulai sejajar, "
        "dengan jumlah spasi yang sama di depannya",
    ),
    Problem(
        "Y004",
        "YAML syntax error: this line is not indented like the list around it",
        "sintaks YAML keliru: indentasi baris ini tidak sama dengan daftar di sekitarnya",
        "items of one list must start in the same column",
        "butir dalam satu daftar harus dimulai sejajar, dengan jumlah spasi yang sama di depannya",
    ),
    Problem(
        "Y005",
        "YAML syntax error: a list in '[ ]' is not closed",
        "sintaks YAML keliru: daftar dalam '[ ]' tidak ditutup",
        "close the list with ']', or write one item per line starting with '- '",
        "tutup daftar itu dengan ']', atau tulis satu butir per baris yang diawali '- '",
    ),
    Problem(
        "Y006",
        "YAML syntax error: a mapping in '{{ }}' is not closed",
        "sintaks YAML keliru: pemetaan dalam '{{ }}' tidak ditutup",
        "close it with '}}', or write one 'key: value' per line",
        "tutup dengan '}}', atau tulis satu 'kunci: nilai' per baris",
    ),
    Problem(
        "Y007",
        "YAML syntax error: the file ends inside an unfinished value",
        "sintaks YAML keliru: berkas berakhir di tengah nilai yang belum selesai",
        "a quote or bracket is opened but never closed",
        "ada tanda petik atau kurung yang dibuka tetapi tidak pernah ditutup",
    ),
    Problem(
        "Y008",
        "YAML syntax error: a value starts with a character YAML reserves",
        "sintaks YAML keliru: nilai diawali karakter yang memiliki arti khusus dalam YAML",
        "a value that starts with a special character such as @ or ` must be written in quotes",
        "nilai yang diawali karakter khusus seperti @ atau ` harus ditulis di antara tanda petik",
    ),
    Problem(
        "Y009",
        "YAML syntax error: text on the same line as '|' or '>'",
        "sintaks YAML keliru: ada teks pada baris yang sama dengan '|' atau '>'",
        "after '|' or '>' the text starts on the next line, indented; "
        "to write it on this line instead, put it in quotes",
        "setelah '|' atau '>' teksnya dimulai di baris berikutnya, dengan indentasi; "
        "untuk menulisnya di baris ini, tulis teks itu di antara tanda petik",
    ),
    Problem(
        "Y010",
        "YAML syntax error: a value starts with '*' or '&', which YAML reserves",
        "sintaks YAML keliru: nilai diawali '*' atau '&', yang memiliki arti khusus dalam YAML",
        "a value that starts with * or & must be written in quotes",
        "nilai yang diawali * atau & harus ditulis di antara tanda petik",
    ),
    Problem(
        "Y011",
        "YAML syntax error: a value starts with '- '",
        "sintaks YAML keliru: nilai diawali '- '",
        "a value that starts with '- ' must be written in quotes; "
        "a list starts on the line after its key",
        "nilai yang diawali '- ' harus ditulis di antara tanda petik; "
        "daftar dimulai pada baris setelah kuncinya",
    ),
    Problem(
        "Y012",
        "YAML syntax error: a value starts with '? '",
        "sintaks YAML keliru: nilai diawali '? '",
        "a value that starts with '?' must be written in quotes",
        "nilai yang diawali '?' harus ditulis di antara tanda petik",
    ),
    Problem(
        "Y013",
        "YAML syntax error: a line '...' or '---' in the middle of the file",
        "sintaks YAML keliru: ada baris '...' atau '---' di tengah berkas",
        "remove that line, or put the value that holds it in quotes",
        "hapus baris itu, atau tulis nilai yang memuatnya di antara tanda petik",
    ),
    Problem(
        "Y014",
        "YAML syntax error: a backslash inside double quotes",
        "sintaks YAML keliru: ada garis miring terbalik (\\) di dalam tanda petik ganda",
        "inside double quotes a backslash starts an escape; use single quotes",
        "di dalam tanda petik ganda, garis miring terbalik dibaca sebagai awal kode khusus "
        "(escape); pakai tanda petik tunggal",
    ),
    Problem(
        "Y015",
        "YAML syntax error: {problem}",
        "sintaks YAML keliru: {problem}",
    ),
    # Common mistakes behind a syntax error, named at their own line.
    Problem(
        "Y016",
        "YAML syntax error: a non-breaking space is used where YAML needs a normal space",
        "sintaks YAML keliru: ada spasi tak terputus (non-breaking space) "
        "di tempat YAML memerlukan spasi biasa",
        "replace it with a normal space (it often comes from a word processor)",
        "ganti dengan spasi biasa (spasi ini sering terbawa dari pengolah kata)",
    ),
    Problem(
        "Y017",
        "YAML syntax error: a list under '{key}', which already has a value",
        "sintaks YAML keliru: ada daftar di bawah '{key}', padahal kunci itu sudah memiliki nilai",
        "a list needs a key of its own on the line above it, such as 'sessions:' under a "
        "day or 'subtopics:' under a topic; otherwise indent this line like the lines "
        "around it",
        "daftar memerlukan kuncinya sendiri pada baris di atasnya, misalnya 'sessions:' di "
        "bawah hari atau 'subtopics:' di bawah topik; jika bukan daftar, samakan indentasi "
        "baris ini dengan baris di sekitarnya",
    ),
    Problem(
        "Y018",
        "YAML syntax error: no space after '{key}'",
        "sintaks YAML keliru: tidak ada spasi setelah '{key}'",
        "write a space between the ':' and the value",
        "tulis satu spasi di antara ':' dan nilainya",
    ),
    Problem(
        "Y019",
        "YAML syntax error: text goes on after the closing quote",
        "sintaks YAML keliru: masih ada teks setelah tanda petik penutup",
        "put the whole value in double quotes; inside single quotes, "
        "write an apostrophe as two: 'Jum''at'",
        "tulis seluruh nilai di antara tanda petik ganda; di dalam tanda petik tunggal, "
        "tulis apostrof sebanyak dua kali: 'Jum''at'",
    ),
    Problem(
        "Y020",
        "YAML syntax error: a value that starts with '[' or '{{' goes on after it closes",
        "sintaks YAML keliru: nilai yang diawali '[' atau '{{' masih berlanjut setelah ditutup",
        "put the whole value in quotes",
        "tulis seluruh nilai di antara tanda petik",
    ),
    Problem(
        "Y021",
        "YAML syntax error: a ': ' inside a value in curly quotes",
        "sintaks YAML keliru: ada ': ' di dalam nilai bertanda petik lengkung",
        'curly quotes (“ ”) do not count as quotes in YAML; use straight quotes (")',
        "tanda petik lengkung (“ ”) tidak dianggap tanda petik oleh YAML; "
        'pakai tanda petik lurus (")',
    ),
    # Syntax errors load.py names itself.
    Problem(
        "Y022",
        "YAML syntax error: the quote that starts here is never closed",
        "sintaks YAML keliru: tanda petik yang dimulai di sini tidak pernah ditutup",
        "close it with the same quote mark at the end of the value",
        "tutup dengan tanda petik yang sama di akhir nilai",
    ),
    Problem(
        "Y023",
        "YAML syntax error: the bracket that starts here is never closed with '{bracket}'",
        "sintaks YAML keliru: kurung yang dimulai di sini tidak pernah ditutup dengan '{bracket}'",
        "close it with '{bracket}' on the same line, or write one item per line starting with '- '",
        "tutup dengan '{bracket}' pada baris yang sama, atau tulis satu butir per baris "
        "yang diawali '- '",
    ),
    Problem(
        "Y024",
        "YAML syntax error: a tab character is used for indentation",
        "sintaks YAML keliru: karakter tab dipakai untuk indentasi",
        "indent with spaces, not tabs (most editors can convert tabs to spaces)",
        "buat indentasi dengan spasi, bukan tab (sebagian besar editor dapat mengubah tab "
        "menjadi spasi)",
    ),
    Problem("Y025", "YAML error: {error}", "masalah YAML: {error}"),
    # Reading files (load.py).
    Problem(
        "F001",
        "cannot read the file: {reason}",
        "berkas ini tidak dapat dibaca: {reason}",
        "check that it is a file you may read, or move it out of the curriculum folder",
        "periksa apakah berkas itu boleh Anda baca, atau pindahkan keluar dari folder curriculum",
    ),
    Problem(
        "F002",
        "the file is larger than {megabytes} MB",
        "berkas ini lebih besar dari {megabytes} MB",
        "a curriculum file is normally a few kilobytes; split it or remove pasted data",
        "berkas kurikulum biasanya hanya beberapa kilobyte; pecah menjadi beberapa berkas "
        "atau hapus data yang ditempelkan",
    ),
    Problem(
        "F003",
        "the file is saved as UTF-16, not UTF-8",
        "berkas ini disimpan sebagai UTF-16, bukan UTF-8",
        "save the file with the UTF-8 encoding (in VS Code: 'Save with Encoding', then 'UTF-8')",
        "simpan berkas dengan pengodean UTF-8 (di VS Code: 'Save with Encoding', lalu 'UTF-8')",
    ),
    Problem(
        "F004",
        "the file is not text (it contains NUL bytes)",
        "berkas ini bukan teks (berisi byte NUL)",
        "save it as plain UTF-8 text, or remove it from the curriculum folder",
        "simpan sebagai teks UTF-8 biasa, atau keluarkan dari folder curriculum",
    ),
    Problem(
        "F005",
        "the file is not valid UTF-8 (byte 0x{byte:02X} cannot be read)",
        "berkas ini bukan UTF-8 yang sah (byte 0x{byte:02X} tidak dapat dibaca)",
        "save the file with the UTF-8 encoding (in VS Code: 'Save with Encoding', then 'UTF-8')",
        "simpan berkas dengan pengodean UTF-8 (di VS Code: 'Save with Encoding', lalu 'UTF-8')",
    ),
    Problem(
        "F006",
        "the file contains an invisible line separator (U+{character:04X})",
        "berkas ini berisi pemisah baris yang tidak terlihat (U+{character:04X})",
        "delete it; it often comes with text copied from a web page or a word processor",
        "hapus karakter itu; biasanya terbawa bersama teks yang disalin dari halaman web "
        "atau pengolah kata",
    ),
    Problem(
        "F007",
        "the file contains {what}",
        "berkas ini berisi {what}",
        "delete the character (it often comes from copying text out of a word processor)",
        "hapus karakter itu (biasanya terbawa saat menyalin teks dari pengolah kata)",
    ),
    Problem(
        "F008",
        "curriculum/ is a link to {target}, outside the project, which Silabus does not read",
        "curriculum/ adalah tautan ke {target}, di luar proyek, yang tidak dibaca Silabus",
        "put the curriculum files into a real curriculum/ folder of the project",
        "pindahkan berkas kurikulum ke folder curriculum/ yang sebenarnya (bukan tautan) "
        "di dalam proyek",
    ),
    Problem(
        "F009",
        "the program file is missing",
        "berkas program tidak ada",
        "create curriculum/program.yml with the program's id, title and agendas "
        "(see the trainer guide)",
        "buat curriculum/program.yml berisi id, judul, dan agenda program (lihat panduan pelatih)",
    ),
    Problem(
        "F010",
        "this file is not read: {folder}/ is the folder of the module '{module}', "
        "which holds its pages, figures and files",
        "berkas ini tidak dibaca: {folder}/ adalah folder modul '{module}', "
        "yang berisi halaman, gambar, dan berkasnya",
        "if it is a module, move it out of that folder",
        "jika ini sebuah modul, pindahkan keluar dari folder itu",
    ),
    Problem(
        "F011",
        "there is already {other}",
        "sudah ada {other}",
        "keep one of the two files and delete the other",
        "simpan salah satu dari kedua berkas itu dan hapus yang lain",
    ),
    Problem(
        "F012",
        "the file is a link to a file that does not exist",
        "berkas ini adalah tautan ke berkas yang tidak ada",
        "delete the link, or copy the real file here",
        "hapus tautan itu, atau salin berkas aslinya ke sini",
    ),
    Problem(
        "F013",
        "the file is a link to a file outside curriculum/, which Silabus does not read",
        "berkas ini adalah tautan ke berkas di luar curriculum/, yang tidak dibaca Silabus",
        "copy the file into curriculum/ instead of linking to it",
        "salin berkas itu ke dalam curriculum/, jangan menautkannya",
    ),
    Problem(
        "F014",
        "this file is not read: only program.yml, glossary.yml, references.yml and the "
        "files in modules/, cohorts/ and worksheets/ are",
        "berkas ini tidak dibaca: yang dibaca hanya program.yml, glossary.yml, "
        "references.yml, dan berkas di modules/, cohorts/, dan worksheets/",
        "if it is a module, move it to curriculum/modules/; a cohort goes to "
        "curriculum/cohorts/ and a worksheet to curriculum/worksheets/",
        "jika ini sebuah modul, pindahkan ke curriculum/modules/; berkas angkatan "
        "masuk ke curriculum/cohorts/ dan lembar kerja ke curriculum/worksheets/",
    ),
    # YAML as the composer reads it (compose.py): problems of reading a file, numbered on.
    Problem(
        "Y026",
        "the file holds more than one YAML document",
        "berkas ini memuat lebih dari satu dokumen YAML",
        "remove the '---' line that starts a second document, "
        "or put each part in a file of its own",
        "hapus baris '---' yang memulai dokumen kedua, atau simpan setiap bagian "
        "dalam berkasnya sendiri",
    ),
    Problem(
        "Y027",
        "the data is nested more than {depth} levels deep",
        "data ini bersarang lebih dari {depth} tingkat",
        "a curriculum file needs only a few levels; check the indentation",
        "berkas kurikulum hanya memerlukan beberapa tingkat; periksa indentasinya",
    ),
    Problem("Y028", "the file ended unexpectedly", "berkas berakhir secara tak terduga"),
    Problem(
        "Y029",
        "a key must be plain text, not a list, a mapping or an alias",
        "kunci harus berupa teks biasa, bukan daftar, pemetaan, atau alias",
        "write the key as a word followed by ':'",
        "tulis kunci sebagai satu kata yang diikuti ':'",
    ),
    Problem(
        "Y030",
        "a key holds a NUL character",
        "kunci ini berisi karakter NUL",
        "retype the key",
        "ketik ulang kunci itu",
    ),
    Problem(
        "Y031",
        "merge keys ('<<') are not supported",
        "kunci gabungan ('<<') tidak didukung",
        "write the keys out in full instead of merging them from an anchor",
        "tulis kunci-kuncinya selengkapnya, jangan menggabungkannya dari sebuah anchor",
    ),
    Problem(
        "Y032",
        "duplicate key '{key}' (first given on line {line})",
        "kunci '{key}' ditulis dua kali (yang pertama di baris {line})",
        "keep one of the two; YAML would silently use only the last one",
        "pertahankan salah satunya; YAML diam-diam hanya akan memakai yang terakhir",
    ),
    Problem(
        "Y033",
        "'{comment}' is read as a comment and left out of the value '{value}'",
        "'{comment}' dibaca sebagai komentar dan tidak ikut masuk ke nilai '{value}'",
        'to keep it, put the whole value in quotes: "{value} {comment}"',
        'agar tetap ikut, tulis seluruh nilai di antara tanda petik: "{value} {comment}"',
    ),
    Problem(
        "Y034",
        "this line continues the text of the line above it, so its '- ' does not start a new item",
        "baris ini melanjutkan teks baris di atasnya, "
        "sehingga '- ' di awalnya tidak memulai butir baru",
        "if it is a new item, start its '-' in the same column as the other items",
        "jika ini butir baru, letakkan tanda '-' di awalnya sejajar dengan butir-butir lainnya",
    ),
    Problem(
        "Y035",
        "'{escape}' inside double quotes is read as an escape "
        "(a special character), not as a backslash and a letter",
        "'{escape}' di dalam tanda petik ganda dibaca sebagai kode khusus (escape), "
        "bukan sebagai garis miring terbalik dan sebuah huruf",
        "for text with backslashes, such as a Windows path, "
        "use single quotes instead of double quotes",
        "untuk teks yang berisi garis miring terbalik, seperti jalur berkas di Windows, pakai "
        "tanda petik tunggal, bukan tanda petik ganda",
    ),
    Problem(
        "Y036",
        "'>' joins the lines of a text into one paragraph, so this list is not kept",
        "'>' menggabungkan baris-baris teks menjadi satu paragraf, sehingga daftar ini "
        "tidak dipertahankan",
        "write '|' instead of '>' to keep the lines as they are",
        "tulis '|' sebagai ganti '>' agar baris-barisnya tetap seperti yang ditulis",
    ),
    Problem(
        "Y037",
        "the alias '*{anchor}' refers to no anchor",
        "alias '*{anchor}' tidak merujuk ke anchor mana pun",
        "define '&{anchor}' before using '*{anchor}'",
        "tetapkan '&{anchor}' sebelum memakai '*{anchor}'",
    ),
    Problem(
        "Y038",
        "the alias '*{anchor}' refers to itself",
        "alias '*{anchor}' merujuk ke dirinya sendiri",
    ),
    Problem(
        "Y039",
        "the file grows to more than {megabytes} MB of text once its aliases are expanded",
        "berkas ini membengkak menjadi lebih dari {megabytes} MB teks setelah alias-aliasnya "
        "diuraikan",
        "use fewer aliases ('*name'), or write the values out",
        "pakai lebih sedikit alias ('*name'), atau tulis nilainya selengkapnya",
    ),
    Problem(
        "Y040",
        "'&{name}' is read as an anchor (a name for reuse with '*{name}') "
        "and left out of the value",
        "'&{name}' dibaca sebagai anchor (nama untuk dipakai ulang dengan '*{name}') "
        "dan tidak ikut masuk ke nilai",
        "if '&{name}' is part of the text, put the whole value in quotes",
        "jika '&{name}' merupakan bagian dari teks, tulis seluruh nilai di antara tanda petik",
    ),
    Problem(
        "Y041",
        "the tag '{tag}' is not allowed",
        "tag '{tag}' tidak diizinkan",
        "remove the tag; curriculum files hold only text, numbers, lists and mappings",
        "hapus tag itu; berkas kurikulum hanya berisi teks, angka, daftar, dan pemetaan",
    ),
]

PHRASES = [
    Phrase("reading.hint.plain-file", "replace it with a plain file", "ganti dengan berkas biasa"),
    Phrase(
        "reading.hint.keys-same-column",
        "keys of one mapping must start in the same column",
        "kunci dalam satu pemetaan harus dimulai sejajar, "
        "dengan jumlah spasi yang sama di depannya",
    ),
    Phrase(
        "reading.hint.special-character",
        "a value that starts with ',' or another special character must be written in quotes",
        "nilai yang diawali ',' atau karakter khusus lain harus ditulis di antara tanda petik",
    ),
    Phrase(
        "reading.hint.windows-path",
        "inside double quotes a backslash starts an escape (as in a Windows path); "
        "use single quotes",
        "di dalam tanda petik ganda, garis miring terbalik dibaca sebagai awal kode khusus "
        "(escape), seperti pada jalur berkas di Windows; pakai tanda petik tunggal",
    ),
    Phrase(
        "reading.what.character",
        "the character U+{character:04X}, which YAML does not allow",
        "karakter U+{character:04X}, yang tidak diizinkan dalam YAML",
    ),
    Phrase(
        "reading.what.some-character",
        "a character that YAML does not allow",
        "karakter yang tidak diizinkan dalam YAML",
    ),
    # A value that starts with '!' (Y041).
    Phrase(
        "reading.hint.quote-exclamation",
        "a value that starts with '!' must be written in quotes",
        "nilai yang diawali '!' harus ditulis di antara tanda petik",
    ),
]
