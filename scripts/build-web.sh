#!/usr/bin/env bash
# Builds the web app into dist/: the folder an organisation copies to any static file server
# (index.html, style.css, text-en.js and text-nl.js, schema.js, app.js, worker.js, core.mjs, localsynth.wasm, demo/,
# fonts/), and dist/localsynth.html, one self-contained file (styles, scripts, the wasm module, the
# PDF's Unicode font and the demo data inlined) that works when opened straight from disk. Builds
# the wasm module first when it is missing or older than the Swift sources.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f dist/localsynth.wasm ] || [ -n "$(find Sources/SynthCore Sources/SynthWasm Package.swift wasm-toolset.json -newer dist/localsynth.wasm -print -quit)" ]; then
  scripts/build-wasm.sh
fi
mkdir -p dist/demo
cp web/index.html web/style.css web/text-*.js web/schema.js web/app.js web/worker.js web/core.mjs dist/
cp web/demo/lawschool.csv web/demo/LICENSE.md dist/demo/
mkdir -p dist/fonts
cp web/fonts/DejaVuSans.ttf web/fonts/DejaVuSans-LICENSE.txt web/fonts/README.md dist/fonts/

python3 - <<'PY'
import base64, re, pathlib

web = pathlib.Path("web")
page = (web / "index.html").read_text()

def inline_script(text):
    # Text inside <script> must not close it early.
    return text.replace("</script", "<\\/script")

# No origin at all from file://: inline scripts and styles, a blob: worker, and WebAssembly.
policy = ("default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; worker-src blob:; "
          "style-src 'unsafe-inline'; img-src data: blob:; frame-src blob:; base-uri 'none'; form-action 'none'")
page, n = re.subn(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">',
                  f'<meta http-equiv="Content-Security-Policy" content="{policy}">', page)
assert n == 1, "index.html has no Content-Security-Policy meta tag"
page = page.replace("<!-- The page's own origin only (plus compiling WebAssembly); localsynth serve sends the same policy as a header. -->\n",
                    "<!-- The one-file build: everything is inline, nothing is fetched from anywhere. -->\n")
css = (web / "style.css").read_text()
page = page.replace('<link rel="stylesheet" href="style.css">', f"<style>\n{css}</style>")

core = (web / "core.mjs").read_text().replace("export const ", "const ").replace("export async function ", "async function ").replace("export function ", "function ")
worker = (web / "worker.js").read_text()
worker = re.sub(r"^import \{[^}]*\} from './core.mjs';\n", "", worker, flags=re.M)
assert "import " not in worker.split("\n", 12)[-1] and "export " not in core, "worker source still has module syntax"
wasm = base64.b64encode(pathlib.Path("dist/localsynth.wasm").read_bytes()).decode()
demo = base64.b64encode((web / "demo" / "lawschool.csv").read_bytes()).decode()
font = base64.b64encode((web / "fonts" / "DejaVuSans.ttf").read_bytes()).decode()
licence = (web / "fonts" / "DejaVuSans-LICENSE.txt").read_text()
assert "</script" not in licence
# The worker in a block of its own, so its names cannot clash with the core's.
data = (f'<script type="text/plain" id="worker-source">\n{inline_script(core)}\n{{\n{inline_script(worker)}}}\n</script>\n'
        f'<script type="application/octet-stream" id="wasm-base64">{wasm}</script>\n'
        f'<script type="application/octet-stream" id="demo-base64">{demo}</script>\n'
        # DejaVu Sans for PDF text beyond WinAnsi, with its licence (Bitstream Vera and Arev), which must travel with it.
        f'<script type="application/octet-stream" data-bundled="fonts/DejaVuSans.ttf">{font}</script>\n'
        f'<script type="text/plain" id="dejavu-sans-licence">\n{licence}</script>\n')
names = ("text-en.js", "text-nl.js", "schema.js", "app.js")
scripts = "".join(f"<script>\n{inline_script((web / name).read_text())}</script>\n" for name in names)
tags = "".join(f'<script src="{name}"></script>\n' for name in names)
page, n = re.subn(re.escape(tags), lambda _: data + scripts, page)
assert n == 1, f"index.html does not end with the scripts {', '.join(names)}"
pathlib.Path("dist/localsynth.html").write_text(page)
PY
echo "build-web: dist/ ($(ls dist | wc -l) entries) and dist/localsynth.html ($(wc -c < dist/localsynth.html) bytes)" >&2
