"""The `silabus` command's help and what it prints besides problems."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES = [
    # The command and its options
    Phrase(
        "cli.description",
        "Check a training curriculum written as YAML and turn it into pages.",
        "Periksa kurikulum pelatihan yang ditulis dalam YAML dan jadikan halaman situs.",
    ),
    Phrase("cli.commands", "commands", "perintah"),
    Phrase("cli.kinds", "kinds", "jenis"),
    Phrase("cli.usage", "usage: ", "pemakaian: "),
    Phrase("cli.positionals", "positional arguments", "argumen posisional"),
    Phrase("cli.options", "options", "opsi"),
    Phrase("cli.help", "show this help message and exit", "tampilkan bantuan ini lalu keluar"),
    Phrase("cli.version", "show the version and exit", "tampilkan versi lalu keluar"),
    Phrase(
        "cli.lang",
        "the language of messages: id or en; default: SILABUS_LANG, then the program's "
        "language, then id",
        "bahasa pesan: id atau en; bawaan: SILABUS_LANG, lalu bahasa program, lalu id",
    ),
    Phrase(
        "cli.error",
        "silabus {command}: error: {message}",
        "silabus {command}: kesalahan: {message}",
    ),
    Phrase("cli.usage-error", "{prog}: error: {message}", "{prog}: kesalahan: {message}"),
    Phrase(
        "cli.project",
        "the project folder (holding {holding}); default: the current folder",
        "folder proyek (yang memuat {holding}); bawaan: folder saat ini",
    ),
    Phrase("cli.holding.project", "mkdocs.yml and curriculum/", "mkdocs.yml dan curriculum/"),
    Phrase(
        "cli.strict",
        "treat warnings as errors (exit status 1)",
        "anggap peringatan sebagai kesalahan (status keluar 1)",
    ),
    # init
    Phrase(
        "cli.init.help",
        "start a new curriculum project in a new folder",
        "mulai proyek kurikulum baru di folder baru",
    ),
    Phrase(
        "cli.init.description",
        "Write a new curriculum project into DIRECTORY: mkdocs.yml with the Silabus plugin, "
        "a small curriculum to replace with your own (or, with --sample, the full sample "
        "program), docs/, requirements.txt pinning this Silabus, GitHub workflows to check "
        "and publish it, and editor schemas. DIRECTORY must be new or empty; nothing is ever "
        "overwritten. Exit status: 0 written, 1 refused (nothing written), 2 bad usage.",
        "Tulis proyek kurikulum baru ke DIRECTORY: mkdocs.yml dengan plugin Silabus, "
        "kurikulum kecil untuk diganti dengan milik Anda (atau, dengan --sample, program "
        "contoh lengkap), docs/, requirements.txt yang mengunci versi Silabus ini, alur kerja "
        "GitHub untuk memeriksa dan menerbitkannya, serta skema untuk editor. DIRECTORY harus "
        "baru atau kosong; tidak ada yang pernah ditimpa. Status keluar: 0 ditulis, 1 ditolak "
        "(tidak ada yang ditulis), 2 pemakaian salah.",
    ),
    Phrase(
        "cli.init.directory",
        "the folder to create, e.g. pelatihan-inovasi",
        "folder yang akan dibuat, mis. pelatihan-inovasi",
    ),
    Phrase(
        "cli.init.language",
        "the language of the site's labels, the starting pages and the comments (--lang "
        "chooses the language of messages); default: id",
        "bahasa label situs, halaman awal, dan komentar (bahasa pesan dipilih dengan --lang); "
        "bawaan: id",
    ),
    Phrase(
        "cli.init.sample",
        "copy the full sample program (11 modules, 2 cohorts) instead of a small start",
        "salin program contoh lengkap (11 modul, 2 angkatan), bukan kurikulum awal yang kecil",
    ),
    Phrase(
        "cli.init.sample-language",
        "--sample copies the sample program, which is in Indonesian and makes an Indonesian "
        "site; leave out --language, or start without --sample",
        "--sample menyalin program contoh, yang berbahasa Indonesia dan menghasilkan situs "
        "berbahasa Indonesia; hapus --language, atau mulai tanpa --sample",
    ),
    Phrase(
        "cli.init.stopped",
        "silabus init: stopped; nothing was written",
        "silabus init: dihentikan; tidak ada yang ditulis",
    ),
    Phrase(
        "cli.init.wrote",
        "Wrote a new Silabus project into {folder} ({count} files).",
        "Proyek Silabus baru dibuat di {folder} ({count} berkas).",
    ),
    Phrase(
        "cli.init.next",
        "Next, to see it as a site on this computer:",
        "Selanjutnya, untuk melihatnya sebagai situs di komputer ini:",
    ),
    Phrase(
        "cli.init.then",
        "Then edit curriculum/ and docs/; README.md says how to publish it.",
        "Lalu sunting curriculum/ dan docs/; README.md menjelaskan cara menerbitkannya.",
    ),
    # validate
    Phrase(
        "cli.validate.help",
        "check every curriculum file and report all problems",
        "periksa setiap berkas kurikulum dan laporkan semua masalah",
    ),
    Phrase(
        "cli.validate.description",
        "Check every curriculum file and report all problems, one per line as "
        "path:line:column. Exit status: 0 no errors, 1 problems found, 2 bad usage.",
        "Periksa setiap berkas kurikulum dan laporkan semua masalah, satu per baris sebagai "
        "path:baris:kolom. Status keluar: 0 tanpa kesalahan, 1 ada masalah, 2 pemakaian salah.",
    ),
    Phrase(
        "cli.validate.path",
        "the project folder (holding curriculum/) or the curriculum folder; default: the "
        "current folder",
        "folder proyek (yang memuat curriculum/) atau folder kurikulum; bawaan: folder saat ini",
    ),
    Phrase(
        "cli.validate.format",
        "'github' prints GitHub Actions annotations for pull requests",
        "'github' mencetak anotasi GitHub Actions untuk pull request",
    ),
    Phrase(
        "cli.validate.quiet",
        "leave out the notes (the summary still counts them)",
        "jangan tampilkan catatan (ringkasan tetap menghitungnya)",
    ),
    Phrase(
        "cli.validate.notes",
        "show every note; by default the first {count} are shown and the rest counted",
        "tampilkan semua catatan; secara bawaan, {count} catatan pertama ditampilkan dan sisanya "
        "hanya dihitung",
    ),
    Phrase(
        "cli.validate.strict-failed",
        "Warnings are errors with --strict.",
        "Dengan --strict, peringatan dihitung sebagai kesalahan.",
    ),
    # export
    Phrase(
        "cli.export.help",
        "write the generated pages as Markdown files into a folder",
        "tulis halaman yang dihasilkan sebagai berkas Markdown ke sebuah folder",
    ),
    Phrase(
        "cli.export.description",
        "Write exactly the pages the MkDocs hook generates, as files, for any Markdown site "
        "engine. The folder is replaced as a whole; a folder that holds other files is refused.",
        "Tulis halaman yang persis sama dengan yang dihasilkan hook MkDocs, sebagai berkas, "
        "untuk mesin situs Markdown apa pun. Folder diganti secara utuh; folder yang memuat "
        "berkas lain ditolak.",
    ),
    Phrase("cli.export.directory", "the folder to write into", "folder tujuan penulisan"),
    Phrase(
        "cli.export.language",
        "language of the page labels (id or en); default: theme.language of mkdocs.yml, else "
        "the program's language",
        "bahasa label halaman (id atau en); bawaan: theme.language di mkdocs.yml, jika tidak "
        "ada, bahasa program",
    ),
    Phrase(
        "cli.export.audience",
        "'trainer' includes the trainer notes, as mkdocs-trainer.yml does; default: participant",
        "'trainer' menyertakan catatan pelatih, seperti mkdocs-trainer.yml; bawaan: participant",
    ),
    Phrase("cli.export.refused", "Nothing was exported.", "Tidak ada yang diekspor."),
    Phrase(
        "cli.export.done",
        "Exported {count} files to {target}.",
        "{count} berkas diekspor ke {target}.",
    ),
    Phrase(
        "cli.export.leftover",
        "note: the previous export, moved to {leftover}, could not be deleted; delete that "
        "folder by hand",
        "catatan: ekspor sebelumnya, yang dipindahkan ke {leftover}, tidak dapat dihapus; "
        "hapus folder itu secara manual",
    ),
    # stats
    Phrase(
        "cli.stats.help",
        "show the JP and hours of every agenda, module and cohort",
        "tampilkan JP dan jam setiap agenda, modul, dan angkatan",
    ),
    Phrase(
        "cli.stats.description",
        "Show the JP (lesson hours) and clock hours of every agenda, module and cohort, the JP "
        "each cohort schedules for each module, and for each module with a folder its material "
        "pages and the weight of its figures and downloads, which participants on slow links "
        "feel. Exit status: 0 shown, 1 the curriculum has errors, 2 bad usage.",
        "Tampilkan JP (jam pelajaran) dan jam (waktu nyata) setiap agenda, modul, dan angkatan, JP "
        "yang dijadwalkan setiap angkatan untuk setiap modul, dan untuk setiap modul yang "
        "memiliki folder: halaman materinya serta ukuran gambar dan unduhannya, yang terasa "
        "bagi peserta dengan koneksi lambat. Status keluar: 0 ditampilkan, 1 kurikulum "
        "memiliki kesalahan, 2 pemakaian salah.",
    ),
    Phrase(
        "cli.stats.path",
        "the project folder (holding curriculum/); default: the current folder",
        "folder proyek (yang memuat curriculum/); bawaan: folder saat ini",
    ),
    Phrase("cli.stats.json", "print the figures as JSON", "cetak angka-angkanya sebagai JSON"),
    Phrase(
        "cli.stats.refused",
        "The figures need a curriculum without errors.",
        "Angka-angka ini memerlukan kurikulum tanpa kesalahan.",
    ),
    # build, serve, offline
    Phrase(
        "cli.build.help",
        "build the site with MkDocs, ProperDocs or Zensical",
        "bangun situs dengan MkDocs, ProperDocs, atau Zensical",
    ),
    Phrase(
        "cli.build.description",
        "Check the curriculum and build the site with the engine chosen. MkDocs and ProperDocs "
        "run the Silabus plugin of mkdocs.yml; Zensical, which runs no plugin, is given the "
        "pages Silabus renders. The site folder is replaced only by a complete new site. Exit "
        "status: 0 built, 1 problems or a failed build, 2 bad usage.",
        "Periksa kurikulum lalu bangun situs dengan mesin yang dipilih. MkDocs dan ProperDocs "
        "menjalankan plugin Silabus di mkdocs.yml; Zensical, yang tidak menjalankan plugin, "
        "diberi halaman yang dibuat Silabus. Folder situs hanya diganti oleh situs baru yang "
        "lengkap. Status keluar: 0 dibangun, 1 ada masalah atau pembuatan situs gagal, "
        "2 pemakaian salah.",
    ),
    Phrase(
        "cli.serve.help",
        "preview the site, made again whenever a file is saved",
        "tampilkan pratinjau situs, yang dibuat ulang setiap kali ada berkas yang disimpan",
    ),
    Phrase(
        "cli.serve.description",
        "Build the site with the engine chosen and serve it on this computer; saving a "
        "curriculum file, a page or mkdocs.yml makes the pages again and reloads the browser. "
        "Stop with Ctrl+C.",
        "Bangun situs dengan mesin yang dipilih dan sajikan di komputer ini; menyimpan berkas "
        "kurikulum, halaman, atau mkdocs.yml membuat ulang halaman dan memuat ulang peramban. "
        "Hentikan dengan Ctrl+C.",
    ),
    Phrase(
        "cli.serve.address",
        "where to serve the preview; default: localhost:8000",
        "alamat untuk menyajikan pratinjau; bawaan: localhost:8000",
    ),
    Phrase(
        "cli.offline.help",
        "build the site as a zip file that works without a network",
        "bangun situs sebagai berkas zip yang dapat dibuka tanpa jaringan",
    ),
    Phrase(
        "cli.offline.description",
        "Build the site from mkdocs.yml, strictly, to be opened from files (search included), "
        "and pack it as OUTPUT/<program-id>-offline.zip. An earlier zip is replaced only by a "
        "complete new one. Exit status: 0 written, 1 the build failed, 2 bad usage.",
        "Bangun situs dari mkdocs.yml secara ketat, untuk dibuka dari berkas (termasuk "
        "pencarian), lalu kemas sebagai OUTPUT/<id-program>-offline.zip. Zip sebelumnya hanya "
        "diganti oleh zip baru yang lengkap. Status keluar: 0 ditulis, 1 pembuatan situs gagal, "
        "2 pemakaian salah.",
    ),
    Phrase(
        "cli.offline.output",
        "the folder to write the zip into; default: dist in the project folder",
        "folder tujuan zip; bawaan: dist di folder proyek",
    ),
    Phrase(
        "cli.offline.kept",
        "No offline copy was written; an earlier one in the output folder is unchanged.",
        "Salinan luring tidak ditulis; salinan sebelumnya di folder tujuan tidak berubah.",
    ),
    Phrase(
        "cli.offline.wrote",
        "Wrote {path} ({size:.1f} MB). Unzip it and open index.html.",
        "{path} ditulis ({size:.1f} MB). Ekstrak lalu buka index.html.",
    ),
    Phrase("cli.engine", "the site engine; default: mkdocs", "mesin situs; bawaan: mkdocs"),
    Phrase(
        "cli.audience",
        "'trainer' builds from mkdocs-trainer.yml (trainer notes included, into site-trainer/); "
        "default: participant, from mkdocs.yml",
        "'trainer' membangun dari mkdocs-trainer.yml (termasuk catatan pelatih, ke "
        "site-trainer/); bawaan: participant, dari mkdocs.yml",
    ),
    Phrase(
        "cli.config-file",
        "the settings file to build from, instead of mkdocs.yml or mkdocs-trainer.yml",
        "berkas pengaturan untuk membangun situs, sebagai ganti mkdocs.yml atau mkdocs-trainer.yml",
    ),
    Phrase(
        "cli.build.choose-audience",
        "choose one: --audience trainer builds from mkdocs-trainer.yml, and a file given with "
        "--config-file says its audience itself (extra: silabus: audience: trainer)",
        "pilih salah satu: --audience trainer membangun dari mkdocs-trainer.yml, sedangkan "
        "berkas yang diberikan dengan --config-file menyatakan sendiri pembacanya (extra: "
        "silabus: audience: trainer)",
    ),
    Phrase(
        "cli.build.no-trainer-config",
        "{missing} does not exist; the trainer build reads it (`silabus init` writes one: "
        "INHERIT: mkdocs.yml and extra: silabus: audience: trainer)",
        "{missing} tidak ada; situs pelatih dibangun darinya (`silabus init` menulisnya: "
        "INHERIT: mkdocs.yml dan extra: silabus: audience: trainer)",
    ),
    Phrase(
        "cli.build.no-config",
        "{missing} does not exist; run `silabus init` to make a project",
        "{missing} tidak ada; jalankan `silabus init` untuk membuat proyek",
    ),
    Phrase(
        "cli.build.no-properdocs",
        "ProperDocs is not installed; install it with: pip install 'silabus[properdocs]'",
        "ProperDocs belum terpasang; pasang dengan: pip install 'silabus[properdocs]'",
    ),
    Phrase(
        "cli.build.stopped",
        "silabus {command}: stopped; the site folder is as it was",
        "silabus {command}: dihentikan; folder situs tetap seperti semula",
    ),
    # schema
    Phrase(
        "cli.schema.help",
        "write the JSON Schemas editors use to complete and check curriculum files",
        "tulis JSON Schema yang dipakai editor untuk melengkapi dan memeriksa berkas kurikulum",
    ),
    Phrase(
        "cli.schema.description",
        "Write one JSON Schema per kind of curriculum file (program, module, cohort, glossary, "
        "references, worksheet), made from the model, into a folder. A YAML file whose first "
        "line is '# yaml-language-server: $schema=<path>' gets completion, help on hover and "
        "squiggles in VS Code. Exit status: 0 written (or, with --check, current), 1 out of "
        "date with --check, 2 bad usage.",
        "Tulis satu JSON Schema untuk setiap jenis berkas kurikulum (program, modul, angkatan, "
        "glosarium, referensi, lembar kerja), dibuat dari model, ke sebuah folder. Berkas YAML "
        "yang baris pertamanya '# yaml-language-server: $schema=<path>' mendapat pelengkapan, "
        "bantuan saat kursor diarahkan, dan garis bawah masalah di VS Code. Status keluar: "
        "0 ditulis (atau, dengan --check, mutakhir), 1 usang dengan --check, 2 pemakaian salah.",
    ),
    Phrase(
        "cli.schema.output",
        "the folder to write into; default: schema in the project folder",
        "folder tujuan penulisan; bawaan: schema di folder proyek",
    ),
    Phrase(
        "cli.schema.check",
        "write nothing; exit 1 if a schema in the folder is missing or out of date",
        "jangan menulis apa pun; keluar dengan status 1 jika ada skema di folder yang hilang atau "
        "usang",
    ),
    Phrase(
        "cli.schema.stale",
        "{path} is missing or out of date",
        "{path} hilang atau usang",
    ),
    Phrase(
        "cli.schema.run",
        "Run `silabus schema` to write the schemas anew.",
        "Jalankan `silabus schema` untuk menulis ulang skema.",
    ),
    Phrase(
        "cli.schema.current",
        "The {count} schemas in {folder} are up to date.",
        "{count} skema di {folder} sudah mutakhir.",
    ),
    Phrase(
        "cli.schema.refused",
        "{refusal}; nothing was written",
        "{refusal}; tidak ada yang ditulis",
    ),
    Phrase(
        "cli.schema.cannot-write",
        "cannot write into {folder}: {reason}",
        "tidak dapat menulis ke {folder}: {reason}",
    ),
    Phrase(
        "cli.schema.unchanged",
        "The {count} schemas in {folder} are up to date; nothing was written.",
        "{count} skema di {folder} sudah mutakhir; tidak ada yang ditulis.",
    ),
    Phrase(
        "cli.schema.wrote",
        "Wrote the {count} schemas into {folder}.",
        "{count} skema ditulis ke {folder}.",
    ),
    Phrase(
        "cli.schema.wrote-some",
        "Wrote {changed} of {count} schemas into {folder}; the others were current.",
        "{changed} dari {count} skema ditulis ke {folder}; sisanya sudah mutakhir.",
    ),
    # new
    Phrase(
        "cli.new.help",
        "write a new module or cohort file, ready to fill in",
        "tulis berkas modul atau angkatan baru, siap diisi",
    ),
    Phrase(
        "cli.new.description",
        "Write a complete, commented curriculum file. A module is also listed last in its "
        "agenda in program.yml, whose comments and layout are kept. An existing file is never "
        "overwritten. Exit status: 0 written, 1 refused (nothing written), 2 bad usage.",
        "Tulis berkas kurikulum yang lengkap dan berkomentar. Modul juga dicantumkan paling "
        "akhir dalam agendanya di program.yml, dengan komentar dan tata letaknya tetap. Berkas "
        "yang sudah ada tidak pernah ditimpa. Status keluar: 0 ditulis, 1 ditolak (tidak ada "
        "yang ditulis), 2 pemakaian salah.",
    ),
    Phrase(
        "cli.new.module.help",
        "a module in curriculum/modules/, added to an agenda",
        "modul di curriculum/modules/, ditambahkan ke sebuah agenda",
    ),
    Phrase(
        "cli.new.module.description",
        "Write curriculum/modules/ID.yml and add ID to the agenda's modules.",
        "Tulis curriculum/modules/ID.yml dan tambahkan ID ke daftar modul agenda.",
    ),
    Phrase(
        "cli.new.module.id",
        "the module id, also its file name: e.g. uji-coba",
        "id modul, sekaligus nama berkasnya: mis. uji-coba",
    ),
    Phrase(
        "cli.new.module.agenda",
        "the id of the agenda it belongs to (left out in a program without agendas)",
        "id agenda tempat modul ini berada (tidak ditulis untuk program tanpa agenda)",
    ),
    Phrase(
        "cli.new.module.title",
        'the module title, e.g. "Uji Coba"',
        'judul modul, mis. "Uji Coba"',
    ),
    Phrase(
        "cli.new.module.jp",
        "its lesson hours (JP); default 2",
        "jam pelajarannya (JP); bawaan 2",
    ),
    Phrase(
        "cli.new.module.jp-range",
        "--jp must be a whole number from 1 to 2000",
        "--jp harus bilangan bulat dari 1 sampai 2000",
    ),
    Phrase(
        "cli.new.module.minutes",
        "its length in minutes, when the program has 'time_unit: minutes'; default 60",
        "lamanya dalam menit, bila program memakai 'time_unit: minutes'; bawaan 60",
    ),
    Phrase(
        "cli.new.module.minutes-range",
        "--minutes must be a whole number from 1 to 90000",
        "--minutes harus bilangan bulat dari 1 sampai 90000",
    ),
    Phrase(
        "cli.new.module.jp-in-minutes",
        "this program counts time in minutes ('time_unit: minutes'): use --minutes",
        "program ini menghitung waktu dalam menit ('time_unit: minutes'): pakai --minutes",
    ),
    Phrase(
        "cli.new.module.minutes-in-jp",
        "this program counts time in JP: use --jp, or write 'time_unit: minutes' in program.yml",
        "program ini menghitung waktu dalam JP: pakai --jp, atau tulis 'time_unit: "
        "minutes' di program.yml",
    ),
    Phrase(
        "cli.new.cohort.help",
        "a cohort in curriculum/cohorts/, with one classroom phase",
        "angkatan di curriculum/cohorts/, dengan satu tahap kelas",
    ),
    Phrase(
        "cli.new.cohort.description",
        "Write curriculum/cohorts/ID.yml with its dates and one classroom phase, to which days "
        "and sessions are added later.",
        "Tulis curriculum/cohorts/ID.yml dengan tanggalnya dan satu tahap kelas, yang nanti "
        "ditambahi hari dan sesi.",
    ),
    Phrase(
        "cli.new.cohort.id",
        "the cohort id, also its file name: e.g. angkatan-iii-2027",
        "id angkatan, sekaligus nama berkasnya: mis. angkatan-iii-2027",
    ),
    Phrase(
        "cli.new.cohort.name",
        'its name, e.g. "Angkatan III Tahun 2027"',
        'namanya, mis. "Angkatan III Tahun 2027"',
    ),
    Phrase("cli.new.cohort.start", "its first day, YYYY-MM-DD", "hari pertamanya, YYYY-MM-DD"),
    Phrase("cli.new.cohort.end", "its last day, YYYY-MM-DD", "hari terakhirnya, YYYY-MM-DD"),
    Phrase("cli.new.wrote", "Wrote {path}.", "{path} sudah dibuat."),
    Phrase(
        "cli.new.listed",
        "The agenda '{agenda}' lists '{module}' already.",
        "Agenda '{agenda}' sudah mencantumkan '{module}'.",
    ),
    Phrase(
        "cli.new.listed-in-program",
        "The program lists '{module}' already.",
        "Program sudah mencantumkan '{module}'.",
    ),
    Phrase(
        "cli.new.added-to-program",
        "Added '{module}' to the program's modules in {path}.",
        "'{module}' ditambahkan ke daftar modul program di {path}.",
    ),
    Phrase(
        "cli.new.added",
        "Added '{module}' to the agenda '{agenda}' in {path}.",
        "'{module}' ditambahkan ke agenda '{agenda}' di {path}.",
    ),
    Phrase(
        "cli.new.module.next",
        "Fill in the file, then run `silabus validate --strict`.",
        "Isi berkas itu, lalu jalankan `silabus validate --strict`.",
    ),
    Phrase(
        "cli.new.cohort.next",
        "Add its days and sessions, then run `silabus validate --strict`.",
        "Tambahkan hari dan sesinya, lalu jalankan `silabus validate --strict`.",
    ),
    Phrase(
        "cli.new.cohort.next-zone",
        "Write its time zone, add its days and sessions, then run `silabus validate --strict`.",
        "Tulis zona waktunya, tambahkan hari dan sesinya, lalu jalankan "
        "`silabus validate --strict`.",
    ),
    # the project folder
    Phrase("cli.not-a-folder", "{path} is not a folder", "{path} bukan folder"),
    Phrase(
        "cli.no-curriculum",
        "{path} holds no {folder}/ folder; run this in a Silabus project or give its folder",
        "{path} tidak memuat folder {folder}/; jalankan perintah ini di proyek Silabus atau "
        "sebutkan foldernya",
    ),
    # argparse's own complaints about a command line
    Phrase(
        "cli.argparse.required",
        "the following arguments are required: {names}",
        "argumen berikut wajib diberikan: {names}",
    ),
    Phrase(
        "cli.argparse.unrecognized",
        "unrecognized arguments: {words}",
        "argumen tidak dikenal: {words}",
    ),
    Phrase(
        "cli.argparse.choice",
        "argument {name}: invalid choice: {value} (choose from {choices})",
        "argumen {name}: pilihan {value} tidak ada (pilih salah satu dari {choices})",
    ),
    Phrase(
        "cli.argparse.number",
        "argument {name}: {value} is not a number",
        "argumen {name}: {value} bukan bilangan",
    ),
    Phrase(
        "cli.argparse.one",
        "argument {name}: expected one argument",
        "argumen {name}: perlu satu nilai",
    ),
    Phrase(
        "cli.argparse.together",
        "argument {name}: not allowed with argument {other}",
        "argumen {name}: tidak boleh dipakai bersama argumen {other}",
    ),
]
