// The cost of Tags › Speakers and identities… on the 10,000-article project: what the window
// loads when it opens (the described speakers of every article, and the speakers of one article
// that may be a person named in another), each twice, after the comparison it starts from.
//   bench/make-10k-project.sh /tmp/crosscheck-10k/project
//   jshell -R-Xmx4g --class-path target/crosscheck.jar bench/speaker-identities-10k.jsh
import org.crosscheck.service.*;
import org.crosscheck.store.*;
String path = System.getProperty("project", "/tmp/crosscheck-10k/project");
long t0 = System.nanoTime();
var wb = Workbench.open(ProjectFile.of(java.nio.file.Path.of(path)), false);
long t1 = System.nanoTime();
var groups = wb.comparison().compare().groups().size();
long t2 = System.nanoTime();
var ids = wb.speakerIdentities().identities();
long t3 = System.nanoTime();
var across = wb.speakerIdentities().acrossArticles();
long t4 = System.nanoTime();
var ids2 = wb.speakerIdentities().identities();
long t5 = System.nanoTime();
var across2 = wb.speakerIdentities().acrossArticles();
long t6 = System.nanoTime();
System.out.printf("open %.1f s; compare %.1f s (%d groups); identities %.1f s (%d rows); across articles %.1f s (%d rows); again: identities %.1f s, across articles %.1f s%n",
  (t1-t0)/1e9, (t2-t1)/1e9, groups, (t3-t2)/1e9, ids.size(), (t4-t3)/1e9, across.size(), (t5-t4)/1e9, (t6-t5)/1e9);
wb.close();
/exit
