export const id = 661;
export const ids = [661];
export const modules = {

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(828);
/* harmony import */ var _warm_run_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4250);
// The post step: refresh and save the warmed prefix (runPost in warm/run.ts). src/step.ts calls it
// when the main step's saved state says this is the post step.


function post() {
    // The job's real work is done by now, so a library error that escapes runPost (a callback of
    // an upload given up on the timeout, say) costs a warning, never the step.
    const late = (error) => {
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The post step caught an unexpected error (${error instanceof Error ? error.message : String(error)}); the job is not affected.`);
    };
    process.on('uncaughtException', late);
    process.on('unhandledRejection', late);
    // An abandoned upload keeps sockets open: end the step once everything is reported.
    void _core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Bytecode cache: refresh and save', _warm_run_js__WEBPACK_IMPORTED_MODULE_1__/* .runPost */ .a2).then((pending) => {
        if (pending)
            process.exit(0);
    });
}


/***/ })

};
