#!/usr/bin/env bash
# Builds a self-contained Crosscheck application (with its own Java runtime) using jpackage.
#   packaging/build-app-image.sh            -> target/dist/Crosscheck/  (run bin/Crosscheck)
#   packaging/build-app-image.sh deb        -> an installer instead (deb, rpm, msi, dmg: whatever
#                                              jpackage supports on this platform)
# Needs JDK 17+ (jpackage ships with it) and Maven. The jar's main class is a plain launcher,
# not a JavaFX Application, so JavaFX loads from the class path without module flags.
set -euo pipefail
cd "$(dirname "$0")/.."

type="${1:-app-image}"
version=$(mvn -q -DforceStdout help:evaluate -Dexpression=project.version 2>/dev/null | sed 's/-SNAPSHOT//')

mvn -B -q -DskipTests package
rm -rf target/jpackage-input target/dist
mkdir -p target/jpackage-input target/dist
cp target/crosscheck.jar target/jpackage-input/

icon=()
case "$(uname -s)" in
  Linux) icon=(--icon assets/icons/crosscheck.png) ;;
esac

jpackage --type "$type" \
  --name Crosscheck \
  --app-version "${version:-1.0.0}" \
  --vendor "Crosscheck" \
  --description "Compare what news sources claim" \
  --input target/jpackage-input \
  --main-jar crosscheck.jar \
  --main-class org.crosscheck.Launcher \
  --java-options "-Xmx2g" \
  "${icon[@]}" \
  --dest target/dist

echo "Built: $(ls -d target/dist/*)"
