// The review page's own script: draws the charts from the page's JSON data block with the bundled chart library,
// and outlines a failing check's cells while the pointer is on the check. Reads nothing from the network.
(function () {
  'use strict';
  var palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
  var data = document.getElementById('charts');
  if (data && window.Chart) {
    var charts = JSON.parse(data.textContent);
    charts.forEach(function (spec) {
      var canvas = document.getElementById(spec.id);
      if (!canvas) { return; }
      var labels = spec.labels.map(function (l, i) {
        return spec.reports ? l + ' (n=' + spec.reports[i] + ')' : l;
      });
      var stacked = spec.kind === 'stacked';
      var many = spec.labels.length > 6 && !stacked;
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: labels,
          datasets: spec.datasets.map(function (d, i) {
            return { label: d.label, data: d.data, backgroundColor: stacked ? palette[i % palette.length] : palette[0] };
          })
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: many ? 'y' : 'x',
          plugins: { legend: { display: stacked } },
          // counts are whole numbers: no ticks between them
          scales: {
            x: { stacked: stacked, ticks: many ? { precision: 0 } : {} },
            y: { stacked: stacked, beginAtZero: true, ticks: many ? {} : { precision: 0 } }
          }
        }
      });
    });
  }
  document.querySelectorAll('tr.failing-check').forEach(function (row) {
    var keys = (row.getAttribute('data-keys') || '').split(' ').filter(Boolean);
    function mark(on) {
      keys.forEach(function (k) {
        document.querySelectorAll('td.cell[data-key="' + k + '"]').forEach(function (c) { c.classList.toggle('hl', on); });
      });
    }
    row.addEventListener('mouseenter', function () { mark(true); });
    row.addEventListener('mouseleave', function () { mark(false); });
  });
})();
