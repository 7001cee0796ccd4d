// Draws the charts of the public pages from the JSON in each canvas's data-chart attribute (the page's tables carry
// the same figures; without JavaScript the page loses only the pictures). Amounts arrive as decimal yuan strings.
(function () {
    'use strict';
    var palette = ['#0b57a4', '#2e8540', '#d98c00', '#b3261e', '#6b4fa0', '#5f6b7a'];

    function draw(canvas) {
        var spec = JSON.parse(canvas.getAttribute('data-chart'));
        var doughnut = spec.type === 'doughnut';
        var datasets = spec.series.map(function (series, i) {
            return {
                label: series.label,
                data: series.values.map(Number),
                backgroundColor: doughnut ? palette.slice(0, series.values.length) : palette[i % palette.length]
            };
        });
        var yuan = new Intl.NumberFormat(document.documentElement.lang || 'zh-CN',
            {minimumFractionDigits: 2, maximumFractionDigits: 2});
        new window.Chart(canvas, {
            type: spec.type,
            data: {labels: spec.labels, datasets: datasets},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: {
                    legend: {position: 'bottom'},
                    tooltip: {
                        callbacks: {
                            label: function (context) {
                                var value = doughnut ? context.parsed : context.parsed.y;
                                return (context.dataset.label || '') + ': ' + yuan.format(value);
                            }
                        }
                    }
                },
                scales: doughnut ? {} : {y: {beginAtZero: true, ticks: {callback: function (v) { return yuan.format(v); }}}}
            }
        });
    }

    function drawAll() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();
