"""Glossary (G), references (R), links (L), the site's configuration and publishing (P)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = [
    # The glossary (check_glossary.py).
    Problem(
        "G001",
        "'{word}' already names the term '{other}' (line {line})",
        "'{word}' sudah menjadi nama istilah '{other}' (baris {line})",
        "a word can link to one definition only; remove it from one of the two",
        "satu kata hanya dapat bertaut ke satu definisi; hapus kata itu dari salah satunya",
    ),
    Problem(
        "G002",
        "'{word}' looks the same as '{other_word}', which already names the term '{other}' "
        "(line {line})",
        "'{word}' tampak sama dengan '{other_word}', yang sudah menjadi nama istilah '{other}' "
        "(baris {line})",
        "the two differ only in {difference}, and the text links both alike; a word can link "
        "to one definition only: remove it from one of the two",
        "keduanya hanya berbeda dalam {difference}, dan teks menautkan keduanya dengan cara "
        "yang sama; satu kata hanya dapat bertaut ke satu definisi: hapus kata itu dari "
        "salah satunya",
    ),
    Problem(
        "G003",
        "the term '{id}' is named, but there is no curriculum/glossary.yml",
        "istilah '{id}' dicantumkan, tetapi berkas curriculum/glossary.yml tidak ada",
        "create curriculum/glossary.yml with the terms and their definitions "
        "(see the trainer guide)",
        "buat curriculum/glossary.yml berisi istilah beserta definisinya (lihat panduan pelatih)",
    ),
    Problem(
        "G004",
        "the term '{id}' is not in the glossary",
        "istilah '{id}' tidak ada di glosarium",
    ),
    # References (check_references.py).
    Problem(
        "R001",
        "'{id}' names itself as its replacement",
        "'{id}' menyebut dirinya sendiri sebagai penggantinya",
        "write the id of the reference that replaces it",
        "tulis id referensi yang menggantikannya",
    ),
    Problem(
        "R002",
        "the replacement '{id}' is not in this file",
        "pengganti '{id}' tidak ada di berkas ini",
        "add a reference with 'id: {id}', or correct the id",
        "tambahkan referensi dengan 'id: {id}', atau perbaiki id-nya",
    ),
    Problem(
        "R003",
        "the replacements of '{id}' go round in a circle",
        "rantai penggantian '{id}' berputar membentuk lingkaran",
        "the newest rule of a chain of replacements has no 'replaced_by'",
        "aturan terbaru dalam rantai penggantian tidak memiliki 'replaced_by'",
    ),
    Problem(
        "R004",
        "'{id}' is in force, but has 'replaced_by'",
        "'{id}' masih berlaku, tetapi memiliki 'replaced_by'",
        "set 'status: revoked' or 'status: amended', or remove the line",
        "tulis 'status: revoked' atau 'status: amended', atau hapus baris itu",
    ),
    Problem(
        "R005",
        "'{id}' has 'revoked_on', but its status is '{status}'",
        "'{id}' memiliki 'revoked_on', tetapi statusnya '{status}'",
        "set 'status: revoked' if it was revoked, or remove the line",
        "tulis 'status: revoked' jika memang sudah dicabut, atau hapus baris itu",
    ),
    Problem(
        "R006",
        "'{module}' cites '{id}', but there is no curriculum/references.yml",
        "'{module}' mengutip '{id}', tetapi berkas curriculum/references.yml tidak ada",
        "create curriculum/references.yml with the legal bases and readings "
        "the modules cite (see the trainer guide)",
        "buat curriculum/references.yml berisi dasar hukum dan bahan bacaan yang dikutip "
        "modul (lihat panduan pelatih)",
    ),
    Problem(
        "R007",
        "the reference '{id}' does not exist",
        "referensi '{id}' tidak ada",
    ),
    Problem(
        "R008",
        "'{module}' cites {title}, which was revoked{on}{replaced}",
        "'{module}' mengutip {title}, yang telah dicabut{on}{replaced}",
        "cite the rule in force instead{history}",
        "kutip aturan yang berlaku sebagai gantinya{history}",
    ),
    # Links and special files in the folders a build reads (check_links.py).
    Problem(
        "L001",
        "this is a link to a file that does not exist",
        "ini tautan ke berkas yang tidak ada",
        "delete the link, or copy the real file here",
        "hapus tautan itu, atau salin berkas aslinya ke sini",
    ),
    Problem(
        "L002",
        "this is a link that leads in a circle",
        "ini tautan yang arahnya berputar membentuk lingkaran",
        "delete the link",
        "hapus tautan itu",
    ),
    Problem(
        "L003",
        "this is a link to {real}, outside {folder}/; a link in {folder}/ may lead "
        "only to a file or folder in it",
        "ini tautan ke {real}, di luar {folder}/; tautan di {folder}/ hanya boleh mengarah "
        "ke berkas atau folder di dalamnya",
        "copy the file into the project instead of linking to it",
        "salin berkas itu ke dalam proyek, jangan menautkannya",
    ),
    Problem(
        "L004",
        "this is a pipe, a device or a socket, not a file",
        "ini pipe, perangkat, atau socket, bukan berkas",
        "delete it: only plain files are read and published",
        "hapus saja: hanya berkas biasa yang dibaca dan diterbitkan",
    ),
    Problem(
        "L005",
        "this is a link to {real}, outside the project or hidden in it; Silabus "
        "reads and publishes only folders of the project",
        "ini tautan ke {real}, di luar proyek atau tersembunyi di dalamnya; Silabus "
        "hanya membaca dan menerbitkan folder milik proyek",
        "replace the link with the folder itself",
        "ganti tautan itu dengan folder aslinya",
    ),
    Problem(
        "L006",
        "this folder is outside the project, or hidden in it, and Silabus "
        "publishes only folders of the project",
        "folder ini berada di luar proyek, atau tersembunyi di dalamnya, dan Silabus "
        "hanya menerbitkan folder milik proyek",
        "set docs_dir and the theme's custom_dir in mkdocs.yml to folders of the project",
        "atur docs_dir dan custom_dir tema di mkdocs.yml ke folder milik proyek",
    ),
    # What a build publishes (engines/publishing.py).
    Problem(
        "P001",
        "{key} still holds a placeholder: {value}",
        "{key} masih berisi teks contoh yang belum diganti: {value}",
        "write your own addresses, for example {example}",
        "tulis alamat Anda sendiri, misalnya {example}",
    ),
    Problem(
        "P002",
        "GitHub Pages publishes the repository {owner}/{name} at {expected}, "
        "but site_url is {site_url}",
        "GitHub Pages menerbitkan repositori {owner}/{name} di {expected}, "
        "tetapi site_url berisi {site_url}",
        "set site_url: {expected}",
        "tulis site_url: {expected}",
    ),
    Problem(
        "P003",
        "this file has the same address as a page Silabus generates",
        "berkas ini memiliki alamat yang sama dengan halaman yang dibuat Silabus",
        "rename or move the file; Silabus generates {path} {origin}, and "
        "both would be written to {target}",
        "ganti nama atau pindahkan berkas ini; Silabus membuat {path} {origin}, dan "
        "keduanya akan ditulis ke {target}",
    ),
    Problem(
        "P015",
        "'{written}' is an address of a site whose program is in '{other}'; this program "
        "is in '{language}', so its site publishes that at '{address}'",
        "'{written}' adalah alamat di situs yang programnya berbahasa '{other}'; program ini "
        "berbahasa '{language}', sehingga situsnya menerbitkannya di '{address}'",
        "link to '{address}': the addresses of the curriculum's pages follow 'language:' "
        "in curriculum/program.yml",
        "tautkan ke '{address}': alamat halaman kurikulum mengikuti 'language:' "
        "di curriculum/program.yml",
    ),
    Problem(
        "P016",
        "nav names '{written}', an address of a site whose program is in '{other}'; this "
        "program is in '{language}', so its site publishes that at '{address}'",
        "nav menyebut '{written}', alamat di situs yang programnya berbahasa '{other}'; "
        "program ini berbahasa '{language}', sehingga situsnya menerbitkannya di '{address}'",
        "write '{address}': the addresses of the curriculum's pages follow 'language:' "
        "in curriculum/program.yml",
        "tulis '{address}': alamat halaman kurikulum mengikuti 'language:' "
        "di curriculum/program.yml",
    ),
    # Hand-written pages for the trainers alone (engines/publishing.py).
    Problem(
        "P020",
        "this page is for participants, but links to '{written}', a page marked "
        "'audience: trainer' that only the trainer build has",
        "halaman ini untuk peserta, tetapi menautkan ke '{written}', halaman bertanda "
        "'audience: trainer' yang hanya ada di situs versi pelatih",
        "link to the page where participants may read it, with its full address (the "
        "trainer site's, or the file in the repository, https://...); or mark this page "
        "'audience: trainer' too; or remove the link",
        "tautkan ke tempat halaman itu boleh dibaca, dengan alamat lengkapnya (di situs "
        "versi pelatih, atau berkasnya di repositori, https://...); atau tandai halaman ini "
        "'audience: trainer' juga; atau hapus tautannya",
    ),
    Problem(
        "P021",
        "'audience: {value}' names no audience, so the page is left out of the "
        "participants' build (only the trainer build has it)",
        "'audience: {value}' tidak menyebut pembaca yang dikenal, sehingga halaman ini "
        "tidak dimuat di situs peserta (hanya ada di situs versi pelatih)",
        "write 'audience: trainer' for a page only trainers read; for a page everyone reads "
        "write 'audience: participant', or no 'audience:' at all",
        "tulis 'audience: trainer' untuk halaman yang hanya dibaca pelatih; untuk halaman "
        "yang dibaca semua orang tulis 'audience: participant', atau hapus 'audience:'",
    ),
    # The project's own page templates (render/overrides.py).
    Problem(
        "P004",
        "{message}",
        "kesalahan penulisan templat: {message}",
        "fix the template, or delete it to use Silabus's own",
        "perbaiki templat itu, atau hapus agar templat bawaan Silabus yang dipakai",
    ),
    Problem(
        "P005",
        "the template nests brackets or blocks too deeply to be read",
        "templat ini menumpuk kurung atau blok terlalu dalam sehingga tidak dapat dibaca",
        "write it with fewer brackets (or blocks) inside one another",
        "tulis dengan lebih sedikit kurung (atau blok) yang bersarang satu di dalam yang lain",
    ),
    Problem(
        "P006",
        "the template cannot be read: {error}",
        "templat tidak dapat dibaca: {error}",
        "fix the template, or delete it to use Silabus's own",
        "perbaiki templat itu, atau hapus agar templat bawaan Silabus yang dipakai",
    ),
    Problem(
        "P007",
        "'{name}' replaces no template of Silabus, so it is not used",
        "'{name}' tidak menggantikan templat Silabus mana pun, jadi tidak dipakai",
        "name it after the template it replaces: {known}",
        "beri nama sesuai templat yang digantikannya: {known}",
    ),
    Problem(
        "P008",
        "the template failed: {what}",
        "templat gagal: {what}",
    ),
    Problem(
        "P009",
        "Silabus's own template failed{where} with the templates of this project ({own}): {what}",
        "templat bawaan Silabus gagal{where} bersama templat proyek ini ({own}): {what}",
        "a template of Silabus's uses what the replaced one provided; compare "
        "yours with Silabus's own, or delete yours",
        "templat Silabus memakai apa yang disediakan templat yang Anda ganti; bandingkan "
        "templat Anda dengan templat bawaan Silabus, atau hapus templat Anda",
    ),
]

PHRASES: list[Phrase] = [
    # How two words of the glossary that look the same differ (G002).
    Phrase(
        "site.glossary.difference.invisible",
        "characters that do not show (zero-width spaces, joiners or soft hyphens)",
        "karakter yang tidak terlihat (spasi lebar-nol, karakter penyambung, atau tanda "
        "hubung lunak)",
    ),
    Phrase(
        "site.glossary.difference.encoding",
        "how their accented letters are encoded (one character, or a letter and a mark)",
        "cara huruf beraksennya disimpan (satu karakter, atau satu huruf dan satu tanda)",
    ),
    # A revoked rule cited (R008).
    Phrase("site.references.revoked-on", " on {date}", " pada {date}"),
    Phrase(
        "site.references.replaced-by", " and replaced by {title}", " dan diganti dengan {title}"
    ),
    Phrase(
        "site.references.hint.cite-replacement",
        "cite '{id}' instead{history}",
        "kutip '{id}' sebagai gantinya{history}",
    ),
    Phrase(
        "site.references.hint.history",
        "; if the citation is meant as history, set 'revoked_citations: note' in program.yml",
        "; jika kutipan itu dimaksudkan sebagai catatan sejarah, tulis "
        "'revoked_citations: note' di program.yml",
    ),
    # Where a generated file comes from (P003).
    Phrase("site.publishing.origin.page", "from {source}", "dari {source}"),
    Phrase("site.publishing.origin.assets", "for its pages", "untuk halaman-halamannya"),
    # What went wrong while a template was filled in (P008, P009), and how to put it right.
    Phrase(
        "site.templates.hint.fix",
        "fix the template, or delete it to use Silabus's own",
        "perbaiki templat itu, atau hapus agar templat bawaan Silabus yang dipakai",
    ),
    Phrase("site.templates.where", " ({template}, line {line})", " ({template}, baris {line})"),
    Phrase(
        "site.templates.hint.security",
        "a template can use the curriculum and what Silabus's own templates use, not "
        "the workings of Python; remove what the template reaches for",
        "templat boleh memakai kurikulum dan apa yang dipakai templat bawaan Silabus, bukan "
        "cara kerja Python; hapus bagian templat yang mencoba menjangkaunya",
    ),
    Phrase(
        "site.templates.undefined",
        "{message}; a template can use only what Silabus's own passes on",
        "{message}; templat hanya dapat memakai apa yang diteruskan templat bawaan Silabus",
    ),
    Phrase(
        "site.templates.recursion",
        "it calls itself without end: a template that extends or includes itself, a "
        "macro that calls itself, or a loop that calls loop() again and again",
        "templat memanggil dirinya sendiri tanpa henti: templat yang memperluas (extends) "
        "atau menyertakan (include) dirinya sendiri, makro yang memanggil dirinya sendiri, "
        "atau perulangan yang memanggil loop() berulang-ulang",
    ),
    Phrase(
        "site.templates.hint.recursion",
        "make the template include another one, or give the macro or loop a case that stops",
        "buat templat itu menyertakan templat lain, atau beri makro atau perulangan itu "
        "kondisi untuk berhenti",
    ),
    Phrase(
        "site.templates.memory",
        "it needs more memory than this computer has",
        "templat membutuhkan memori lebih banyak daripada yang dimiliki komputer ini",
    ),
    Phrase(
        "site.templates.hint.memory",
        "look for a text or list multiplied by a large number, or made in loops inside loops",
        "cari teks atau daftar yang dikalikan dengan bilangan besar, atau yang dibuat dalam "
        "perulangan di dalam perulangan",
    ),
    Phrase(
        "site.templates.divides-by-zero",
        "it divides by zero ({kind})",
        "templat membagi dengan nol ({kind})",
    ),
    Phrase("site.templates.stopped", "it stopped ({kind})", "templat berhenti ({kind})"),
    # The limits of work a template may do (TemplateLimit), and how to stay within them.
    Phrase(
        "site.templates.limit.too-long",
        "it would make a text or list of {size:,} characters or items, more than the "
        "{most:,} a template may make at once",
        "templat akan membuat teks atau daftar sepanjang {size:,} karakter atau butir, melebihi "
        "batas {most:,} yang boleh dibuat templat sekaligus",
    ),
    Phrase(
        "site.templates.limit.too-long.hint",
        "look for a text or list multiplied by a large number, joined to itself, or padded "
        "or indented by a large width",
        "cari teks atau daftar yang dikalikan dengan bilangan besar, digabung dengan dirinya "
        "sendiri, atau diberi isian atau indentasi yang sangat lebar",
    ),
    Phrase(
        "site.templates.limit.steps",
        "it ran more than {most:,} rounds of loops and calls for one page",
        "templat menjalankan lebih dari {most:,} putaran perulangan dan pemanggilan untuk satu "
        "halaman",
    ),
    Phrase(
        "site.templates.limit.steps.hint",
        "look for a loop that never ends, a macro that calls itself, or loops inside "
        "loops over long lists",
        "cari perulangan yang tidak pernah berhenti, makro yang memanggil dirinya sendiri, "
        "atau perulangan di dalam perulangan atas daftar yang panjang",
    ),
    Phrase(
        "site.templates.limit.characters",
        "it made more than {most:,} characters for one page",
        "templat membuat lebih dari {most:,} karakter untuk satu halaman",
    ),
    Phrase(
        "site.templates.limit.characters.hint",
        "look for text repeated in loops inside loops, or a text joined to itself again and again",
        "cari teks yang diulang dalam perulangan di dalam perulangan, atau teks yang digabung "
        "dengan dirinya sendiri berulang-ulang",
    ),
    Phrase(
        "site.templates.limit.seconds",
        "the templates ran for more than {seconds:.0f} seconds",
        "templat berjalan lebih dari {seconds:.0f} detik",
    ),
    Phrase(
        "site.templates.limit.seconds.hint",
        "look for loops inside loops over long lists, or a macro that calls itself",
        "cari perulangan di dalam perulangan atas daftar yang panjang, atau makro yang "
        "memanggil dirinya sendiri",
    ),
    Phrase(
        "site.templates.limit.range",
        "range() would count {count:,} numbers, more than the {most:,} a "
        "template may count at once",
        "range() akan menghitung {count:,} bilangan, melebihi batas {most:,} yang boleh dihitung "
        "templat sekaligus",
    ),
    Phrase(
        "site.templates.limit.range.hint",
        "count fewer numbers, or go through a list of the curriculum instead",
        "hitung lebih sedikit bilangan, atau telusuri daftar dari kurikulum sebagai gantinya",
    ),
    Phrase(
        "site.templates.limit.digits",
        "it would make a number of about {digits:,} digits, more than the {most:,} "
        "a template may make",
        "templat akan membuat bilangan sekitar {digits:,} digit, melebihi batas {most:,} digit "
        "yang boleh dibuat templat",
    ),
    Phrase(
        "site.templates.limit.digits.hint",
        "look for a power (**) or a product of very large numbers",
        "cari pangkat (**) atau perkalian bilangan yang sangat besar",
    ),
    Phrase(
        "site.templates.limit.text-method",
        "a template cannot use '{name}' of a text",
        "templat tidak dapat memakai '{name}' dari sebuah teks",
    ),
    Phrase(
        "site.templates.limit.text-method.hint",
        "use Jinja's filters instead, such as replace, format, center or join",
        "pakai filter Jinja sebagai gantinya, misalnya replace, format, center, atau join",
    ),
    Phrase(
        "site.templates.limit.indent",
        "tojson indents by {indent:,} spaces, more than the {most} a template may",
        "tojson membuat indentasi {indent:,} spasi, melebihi batas {most:,} yang boleh "
        "dipakai templat",
    ),
    Phrase(
        "site.templates.limit.indent.hint",
        "use an indent of at most {most}",
        "pakai indentasi paling banyak {most:,}",
    ),
]
