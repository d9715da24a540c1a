// Draws every map of a reader's page (elements of class reader-map) once the scripts before it have loaded: the
// pages carry no script of their own, only the data on the element (see eventdeskMap.reader in eventdesk-map.js).
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.reader-map').forEach(function (element) {
    window.eventdeskMap.reader(element);
  });
});
