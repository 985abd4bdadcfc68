// Small browser helpers the Blazor lab calls: file downloads, SVG→PNG, file reading, figure coordinates, waiting for a paint.
// No chart code lives here: figures are SVG rendered in C# from IonSim.Plotting's OxyPlot models.
window.ionsimLab = {
    // Hands a blob to the browser's download, under the given file name.
    save: function (fileName, blob) {
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = fileName;
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    download: function (fileName, mimeType, text) {
        window.ionsimLab.save(fileName, new Blob([text], { type: mimeType }));
    },
    // Draws the SVG text onto a canvas at twice its size and downloads it as PNG.
    downloadPng: function (fileName, svgText, width, height) {
        return new Promise((resolve, reject) => {
            const img = new Image();
            const svgUrl = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
            img.onload = () => {
                const scale = 2;
                const canvas = document.createElement("canvas");
                canvas.width = width * scale;
                canvas.height = height * scale;
                const g = canvas.getContext("2d");
                g.fillStyle = "#ffffff";
                g.fillRect(0, 0, canvas.width, canvas.height);
                g.drawImage(img, 0, 0, canvas.width, canvas.height);
                URL.revokeObjectURL(svgUrl);
                canvas.toBlob(blob => {
                    window.ionsimLab.save(fileName, blob);
                    resolve();
                }, "image/png");
            };
            img.onerror = () => { URL.revokeObjectURL(svgUrl); reject(new Error("the figure could not be drawn as PNG")); };
            img.src = svgUrl;
        });
    },
    // Resolves after the browser has painted what the page just rendered (the next animation frame, then one task):
    // work that can wait, such as rewriting the address, then does not delay the redrawn curves.
    afterPaint: function () {
        return new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
    },
    // Where a click landed, in the figure's own SVG units (its viewBox), or null outside it.
    svgPoint: function (container, clientX, clientY) {
        const svg = container && container.querySelector("svg");
        if (!svg) { return null; }
        const r = svg.getBoundingClientRect();
        const vb = svg.viewBox && svg.viewBox.baseVal;
        const w = vb && vb.width ? vb.width : r.width, h = vb && vb.height ? vb.height : r.height;
        return [(clientX - r.left) * w / r.width, (clientY - r.top) * h / r.height];
    }
};
