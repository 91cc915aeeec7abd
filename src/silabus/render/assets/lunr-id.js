/* Indonesian for lunr, the search library of Material for MkDocs: each word of
 * the pages and of the query is reduced to its root by Snowball's Indonesian
 * stemmer, so that "layanan" finds "pelayanan", "melayani" and "dilayani", and
 * "pimpin" finds "kepemimpinan". Material's search worker loads this file (as
 * lunr/min/lunr.id.min.js) after snowball-indonesian.js, which comes first in
 * the same file, when the site's search language is "id". */
(function () {
  var stemWord = silabusStemIndonesian;
  var has = Object.prototype.hasOwnProperty;

  // Where the algorithm errs, by the word it is given: words that only look
  // prefixed ("media" is not me- + "dia", "peserta" not pe- + "serta"), and
  // words whose root it cannot find.
  var WORDS = {
    peserta: "peserta", pesertanya: "peserta",
    masalah: "masalah", masalahnya: "masalah", permasalahan: "masalah",
    bermasalah: "masalah",
    media: "media", metode: "metode", mereka: "mereka", menteri: "menteri",
    kepala: "kepala", kelompok: "kelompok", kembali: "kembali", ketika: "ketika",
    kemudian: "kemudian", pedoman: "pedoman", perilaku: "perilaku",
    diskusi: "diskusi", disiplin: "disiplin", digital: "digital", dimensi: "dimensi",
    diagnosis: "diagnosis", diagram: "diagram", pegawai: "pegawai",
    kepegawaian: "pegawai", nilai: "nilai", nilainya: "nilai", menilai: "nilai",
    dinilai: "nilai", penilai: "nilai", penilaian: "nilai", terampil: "terampil",
    keterampilan: "terampil", berlaku: "laku", bertemu: "temu", bertanya: "tanya",
    berjumlah: "jumlah", pemangku: "pangku", mentoring: "mentor",
  };
  // ... and by the root it gives.
  var ROOTS = { mimpin: "pimpin", pentor: "mentor" };

  // meN- and peN- drop the first letter of some roots: menulis (tulis), mengelola
  // (kelola). The algorithm leaves the rest ("ulis", "elola"); the letter it may
  // have been is added as another root.
  var DROPPED = [
    [/^(?:men|pen)[aiueo]/, ["t", "n"]],
    [/^(?:meng|peng)[aiueo]/, ["k"]],
  ];

  var found = new Map();
  function roots(word) {
    var known = found.get(word);
    if (known !== undefined) return known;
    var all = [];
    if (has.call(WORDS, word)) {
      all.push(WORDS[word]);
    } else {
      var root = stemWord(word);
      if (has.call(ROOTS, root)) root = ROOTS[root];
      all.push(root);
      if (/^[aiueo]/.test(root)) {
        for (var i = 0; i < DROPPED.length; i++) {
          if (!DROPPED[i][0].test(word)) continue;
          for (var j = 0; j < DROPPED[i][1].length; j++) all.push(DROPPED[i][1][j] + root);
        }
      }
    }
    all = all.filter(function (root, index) {
      return root && root !== word && all.indexOf(root) === index;
    });
    found.set(word, all);
    return all;
  }

  lunr.id = function () {
    this.pipeline.reset();
    this.pipeline.add(lunr.id.trimmer, lunr.id.stemmer);
    if (this.searchPipeline) {
      this.searchPipeline.reset();
      this.searchPipeline.add(lunr.id.stemmer);
    }
  };
  lunr.id.trimmer = function (token) {
    return lunr.trimmer(token);
  };
  lunr.Pipeline.registerFunction(lunr.id.trimmer, "trimmer-id");

  // A word is indexed as written and by its root; a word searched for is looked
  // up both ways too, keeping the wildcards Material adds as the reader types
  // ("pelayanan*" -> "pelayanan*" and "layan*").
  var WILDCARDS = /^(\**)(.*?)(\**)$/;
  lunr.id.stemmer = function (token) {
    var parts = WILDCARDS.exec(token.toString());
    var more = parts[2] ? roots(parts[2].toLowerCase()) : [];
    return [token].concat(
      more.map(function (root) {
        return token.clone(function () {
          return parts[1] + root + parts[3];
        });
      })
    );
  };
  lunr.Pipeline.registerFunction(lunr.id.stemmer, "stemmer-id");

  // lunr looks up a word with a wildcard as typed, past the search pipeline;
  // with this language the pipeline (the stemmer above) sees it as well.
  var query = lunr.Index.prototype.query;
  lunr.Index.prototype.query = function (build) {
    var roots = this.pipeline._stack.indexOf(lunr.id.stemmer) !== -1;
    return query.call(this, function (found) {
      build.call(found, found);
      if (roots) {
        for (var i = 0; i < found.clauses.length; i++) found.clauses[i].usePipeline = true;
      }
    });
  };
  lunr.id.roots = roots; // for tests
})();
